using Mlops.Core.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>An A/B test as `ab start|list|stop|conclude --json` print it (snake_case, times in ISO 8601 UTC).</summary>
public sealed record AbTestView(
    string Name,
    string Id,
    string Model,
    AbStatus Status,
    AbMode Mode,
    string Metric,
    IReadOnlyList<AbVariant> Variants,
    double BaselineRate,
    double MinimumDetectableEffect,
    double Alpha,
    double Power,
    int RequiredPerVariant,
    DateTimeOffset StartedAt,
    DateTimeOffset? StoppedAt,
    AbConclusion? Conclusion,
    string? Description)
{
    public static AbTestView Of(AbTest test) => new(test.Name, test.Id, test.ModelName, test.Status, test.Mode, test.Definition.Metric,
        test.Variants, test.Definition.BaselineRate, test.Definition.MinimumDetectableEffect, test.Definition.Alpha,
        test.Definition.Power, test.Definition.RequiredPerVariant, test.StartedAt, test.StoppedAt, test.Conclusion, test.Definition.Description);

    /// <summary>"champion v1 @champion 50%, challenger v2 @challenger 50%" (shadow: the others marked as shadow).</summary>
    public string VariantsText() => string.Join(", ", Variants.Select((v, i) =>
        $"{v.Name} v{v.Version}{(v.Reference.StartsWith('@') ? " " + v.Reference : "")} " +
        (Mode == AbMode.Shadow ? (i == 0 ? "answers" : "shadow") : Format.Number(v.Share * 100) + "%")));

    /// <summary>The fixed horizon in words.</summary>
    public string HorizonText() =>
        $"{RequiredPerVariant} labelled predictions per variant (baseline {Metric} {Format.Number(BaselineRate)}, " +
        $"minimum detectable effect {Format.Number(MinimumDetectableEffect)}, alpha {Format.Number(Alpha)}, power {Format.Number(Power)})";
}
