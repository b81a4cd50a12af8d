namespace Mlops.Core.Predictions;

/// <summary>A filter and page over the prediction log; newest first unless <see cref="OldestFirst"/>.</summary>
public sealed record PredictionQuery
{
    public const int MaxPageSize = 50_000;

    public int MaxResults { get; init; } = 100;
    /// <summary>The <see cref="PredictionPage.NextPageToken"/> of the previous page, or null for the first page.</summary>
    public string? PageToken { get; init; }
    public string? ModelName { get; init; }
    public int? ModelVersion { get; init; }
    /// <summary>Only records at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
    public bool OldestFirst { get; init; }
    /// <summary>Only predictions made in this A/B test (see <see cref="PredictionAssignment.TestId"/>).</summary>
    public string? AbTestId { get; init; }
    /// <summary>
    /// Whether shadow scores are included. Off by default: monitoring and exports see what callers were answered.
    /// </summary>
    public bool IncludeShadow { get; init; }
}
