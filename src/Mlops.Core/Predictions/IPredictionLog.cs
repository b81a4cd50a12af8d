namespace Mlops.Core.Predictions;

/// <summary>
/// Where served predictions are recorded for monitoring and A/B analysis. Callers batch off their request path, so an
/// append may carry thousands of predictions; backends store a batch as one row (Mlops.Storage.Relational's codec) and
/// read it back as <see cref="PredictionRecord"/>s.
/// </summary>
public interface IPredictionLog
{
    /// <summary>Appends every row of <paramref name="batch"/> in one transaction: all are written or none.</summary>
    Task AppendAsync(PredictionBatch batch, CancellationToken ct = default);

    /// <summary>Reads one page of records matching <paramref name="query"/>, in the order it asks for.</summary>
    Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default);

    /// <summary>Deletes (or with <see cref="PredictionPrune.DryRun"/> counts) the predictions the prune names, oldest first.</summary>
    Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default);
}
