using Mlops.Core.Registry;

namespace Mlops.Lifecycle.Registration;

/// <summary>The version created and what the promotion rules did with it.</summary>
/// <param name="BecameChampion">True when the alias now points at this version (moved, or it was the champion already).</param>
/// <param name="PreviousChampion">The champion the final decision was made against.</param>
/// <param name="ChampionReason">The reason for the alias's outcome (the last of <see cref="Reasons"/>).</param>
public sealed record RegistrationOutcome(
    string ModelName,
    int Version,
    ModelStage Stage,
    string ValidationStatus,
    bool BecameChampion,
    int? PreviousChampion,
    double? PreviousChampionMetric,
    string ChampionReason)
{
    /// <summary>True when a version with the same content hash existed and was reused instead of creating one.</summary>
    public bool Reused { get; init; }

    /// <summary>Every reason of the promotion decision, Staging first, including any decision taken again after a race.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}
