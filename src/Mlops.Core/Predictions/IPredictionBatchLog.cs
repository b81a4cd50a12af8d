namespace Mlops.Core.Predictions;

/// <summary>
/// A prediction log that also hands out its pages in the columnar form it stores them in, which spares a reader of a
/// large window (monitoring) building a <see cref="PredictionRecord"/> and parsing its inputs JSON per prediction.
/// </summary>
public interface IPredictionBatchLog
{
    /// <summary>
    /// Reads the page <see cref="IPredictionLog.ListAsync"/> returns for <paramref name="query"/> as batches: the same
    /// predictions in the same order (each batch's rows in the query's order) and the same next-page token, so a reader
    /// may mix both methods page by page. Null when the page would hold a prediction the store keeps only as a record
    /// (read that page with <see cref="IPredictionLog.ListAsync"/>).
    /// </summary>
    Task<PredictionBatchPage?> ListBatchesAsync(PredictionQuery query, CancellationToken ct = default);
}
