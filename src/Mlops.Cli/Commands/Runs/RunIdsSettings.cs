using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

/// <summary>RUN_IDS for `runs compare`: two or more.</summary>
public sealed class RunIdsSettings : ListSettings
{
    [CommandArgument(0, "<RUN_IDS>")]
    [Description("Two or more run ids.")]
    public string[] RunIds { get; init; } = [];

    public override ValidationResult Validate() =>
        RunIds.Length >= 2 ? ValidationResult.Success() : ValidationResult.Error("compare needs at least two run ids.");
}
