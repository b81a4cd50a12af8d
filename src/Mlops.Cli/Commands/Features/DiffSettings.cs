using Spectre.Console;
using Mlops.Lifecycle.Features;

namespace Mlops.Cli.Commands.Features;

/// <summary>The two versions of `mlops features diff` and the tolerance of a statistic's change.</summary>
public sealed class DiffSettings : ListSettings
{
    [CommandArgument(0, "<FROM>")]
    [Description("NAME or NAME:VERSION the comparison starts from.")]
    public string From { get; init; } = "";

    [CommandOption("--tolerance <X>")]
    [Description("A statistic changed when it moved by more than X times FROM's std (shares: by more than X). Default 0.1.")]
    public double Tolerance { get; init; } = FeatureSetDiff.DefaultTolerance;

    [CommandArgument(1, "<TO>")]
    [Description("NAME or NAME:VERSION it is compared with.")]
    public string To { get; init; } = "";

    public override ValidationResult Validate() =>
        Tolerance >= 0 && double.IsFinite(Tolerance) ? ValidationResult.Success()
            : ValidationResult.Error($"--tolerance must be a number >= 0, got {Tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
