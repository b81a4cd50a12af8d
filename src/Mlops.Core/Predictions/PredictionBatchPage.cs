namespace Mlops.Core.Predictions;

/// <summary>One page of predictions as batches (one per stored append it touches) and the token of the next page (null on the last).</summary>
public sealed record PredictionBatchPage(IReadOnlyList<PredictionBatch> Batches, string? NextPageToken)
{
    public int Rows => Batches.Sum(b => b.Count);
}
