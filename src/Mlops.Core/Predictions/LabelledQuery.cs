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
}
