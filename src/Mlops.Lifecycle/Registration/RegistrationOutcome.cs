using Mlops.Core.Registry;

namespace Mlops.Lifecycle.Registration;

/// <summary>The version created and what the promotion rules did with it.</summary>
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
}
