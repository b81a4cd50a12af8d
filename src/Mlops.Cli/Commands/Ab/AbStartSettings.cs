using Mlops.Core.AbTesting;
using Spectre.Console;

namespace Mlops.Cli.Commands.Ab;

/// <summary>The options of `mlops ab start`; <see cref="Validate"/> checks everything that needs no store.</summary>
public sealed class AbStartSettings : AbSettings
{
    [CommandOption("--name <NAME>"), Description("A unique name for the test.")]
    public string Name { get; init; } = "";

    [CommandOption("--model <MODEL>"), Description("The registered model whose versions are compared.")]
    public string Model { get; init; } = "";

    [CommandOption("--variant <NAME=REF>"), Description("A variant, repeated (two or more): NAME=@ALIAS or NAME=VERSION, " +
        "resolved to a version now and kept for the test. The first is the control (it answers in shadow mode).")]
    public string[] Variants { get; init; } = [];

    [CommandOption("--split <SHARES>"), Description("Split mode: percentages per variant in --variant order, summing to 100 " +
        "(default: equal shares), e.g. 50/50 or 90/10.")]
    public string? Split { get; init; }

    [CommandOption("--mode <MODE>"), Description("split (each unit is answered by one variant, default) or shadow (the " +
        "control answers; the others score the same input off the request path).")]
    public string Mode { get; init; } = "split";

    [CommandOption("--metric <METRIC>"), Description("What is compared; only accuracy (share of labelled predictions that were right).")]
    public string Metric { get; init; } = "accuracy";

    [CommandOption("--min-detectable-effect <D>"), Description("The smallest difference in accuracy worth detecting, in (0, 1) " +
        "(default 0.02); with --alpha and --power it fixes the labelled predictions needed per variant.")]
    public double MinimumDetectableEffect { get; init; } = 0.02;

    [CommandOption("--alpha <A>"), Description("Significance level of the final test, in (0, 1) (default 0.05).")]
    public double Alpha { get; init; } = 0.05;

    [CommandOption("--power <P>"), Description("Chance of detecting the minimum effect, in (alpha, 1) (default 0.8).")]
    public double Power { get; init; } = 0.8;

    [CommandOption("--description <TEXT>"), Description("Free text kept with the test.")]
    public string? Description { get; init; }

    [CommandOption("--actor <WHO>"), Description("Who starts the test, for the audit trail (default: $USER).")]
    public string? Actor { get; init; }

    public AbMode ParsedMode => Mode.Trim().ToLowerInvariant() == "shadow" ? AbMode.Shadow : AbMode.Split;

    public override ValidationResult Validate()
    {
        var error = RequiredError() ?? AbVariantOption.Check(Variants) ?? ModeError() ?? NumbersError();
        return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
    }

    private string? RequiredError() => (Name, Model) switch
    {
        _ when string.IsNullOrWhiteSpace(Name) => "--name is required: a unique name for the A/B test.",
        _ when string.IsNullOrWhiteSpace(Model) => "--model is required: the registered model whose versions are compared.",
        _ => null,
    };

    private string? ModeError()
    {
        if (Mode.Trim().ToLowerInvariant() is not ("split" or "shadow"))
        {
            return $"--mode must be split or shadow; got '{Mode}'.";
        }
        if (ParsedMode == AbMode.Shadow)
        {
            return Split is null ? null : "--split does not apply to --mode shadow: the control answers every request and the others shadow it.";
        }
        return Split is null ? null : AbSplitOption.Check(Split, Variants.Length);
    }

    private string? NumbersError() => this switch
    {
        _ when Metric != "accuracy" => $"--metric '{Metric}' is not supported; the only metric is accuracy.",
        { MinimumDetectableEffect: <= 0 or >= 1 } or { MinimumDetectableEffect: double.NaN } =>
            $"--min-detectable-effect must be in (0, 1); got {MinimumDetectableEffect}.",
        { Alpha: <= 0 or >= 1 } or { Alpha: double.NaN } => $"--alpha must be in (0, 1); got {Alpha}.",
        _ when !(Power > Alpha && Power < 1) => $"--power must be in (alpha, 1) = ({Alpha}, 1); got {Power}.",
        _ => null,
    };
}
