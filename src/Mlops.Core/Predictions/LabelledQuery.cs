namespace Mlops.Core.Predictions;

/// <summary>
/// Which labelled predictions to read: those of a model (and version) made in [<see cref="Since"/>, <see cref="Until"/>),
/// the newest <see cref="MaxResults"/> of them.
/// </summary>
public sealed record LabelledQuery
{
    public const int MaxLimit = 1_000_000;

    public string? ModelName { get; init; }
    public int? ModelVersion { get; init; }
    /// <summary>Only predictions made at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Only predictions made before this time.</summary>
    public DateTimeOffset? Until { get; init; }
    public int MaxResults { get; init; } = 10_000;
    /// <summary>Only predictions made in this A/B test (see <see cref="PredictionAssignment.TestId"/>).</summary>
    public string? AbTestId { get; init; }
    /// <summary>
    /// Whether shadow scores are included. Off by default: monitoring and exports see what callers were answered.
    /// </summary>
    public bool IncludeShadow { get; init; }
}
