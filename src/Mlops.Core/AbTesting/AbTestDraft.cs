namespace Mlops.Core.AbTesting;

/// <summary>
/// What `mlops ab start` asks the store to record. <see cref="RequiredPerVariant"/> is the fixed horizon: the labelled
/// predictions each variant needs before a verdict, from <see cref="MinimumDetectableEffect"/> at
/// <see cref="Alpha"/> and <see cref="Power"/> over <see cref="BaselineRate"/> (the control's metric at start).
/// </summary>
public sealed record AbTestDraft
{
    public required string Name { get; init; }
    public required string ModelName { get; init; }
    public required IReadOnlyList<AbVariant> Variants { get; init; }
    public AbMode Mode { get; init; } = AbMode.Split;
    public string Metric { get; init; } = "accuracy";
    public double MinimumDetectableEffect { get; init; } = 0.02;
    public double Alpha { get; init; } = 0.05;
    public double Power { get; init; } = 0.8;
    public required double BaselineRate { get; init; }
    public required int RequiredPerVariant { get; init; }
    public string? Description { get; init; }
}
