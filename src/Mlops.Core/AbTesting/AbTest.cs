namespace Mlops.Core.AbTesting;

/// <summary>
/// An A/B test as the store holds it: the draft it started from, a unique id (part of every unit's assignment hash, so a
/// new test reshuffles units), its status and times, and its conclusion once concluded.
/// </summary>
public sealed record AbTest
{
    public required string Id { get; init; }
    public required AbTestDraft Definition { get; init; }
    public required AbStatus Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? StoppedAt { get; init; }
    public AbConclusion? Conclusion { get; init; }

    public string Name => Definition.Name;
    public string ModelName => Definition.ModelName;
    public IReadOnlyList<AbVariant> Variants => Definition.Variants;
    public AbMode Mode => Definition.Mode;

    /// <summary>The variant that answers in shadow mode and the baseline the others are compared with: the first.</summary>
    public AbVariant Control => Definition.Variants[0];
}
