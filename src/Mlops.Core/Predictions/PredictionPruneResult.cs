namespace Mlops.Core.Predictions;

/// <summary>What a prune deleted (or, on a dry run, would delete): stored batches and the predictions they held.</summary>
public sealed record PredictionPruneResult(long Batches, long Rows)
{
    public static PredictionPruneResult None { get; } = new(0, 0);

    public PredictionPruneResult Add(long batches, long rows) => new(Batches + batches, Rows + rows);
}
