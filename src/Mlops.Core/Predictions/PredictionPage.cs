namespace Mlops.Core.Predictions;

/// <summary>One page of prediction records and the token of the next page (null on the last page).</summary>
public sealed record PredictionPage(IReadOnlyList<PredictionRecord> Records, string? NextPageToken);
