namespace Mlops.Core.Predictions;

/// <summary>
/// Where served predictions are recorded for monitoring and A/B analysis. Backends implement the batch append only;
/// callers batch off their request path, so an append may carry thousands of records.
/// </summary>
public interface IPredictionLog
{
    /// <summary>Appends all <paramref name="records"/> in one transaction: all are written or none.</summary>
    Task AppendAsync(IReadOnlyList<PredictionRecord> records, CancellationToken ct = default);

    /// <summary>Reads one page of records matching <paramref name="query"/>, in the order it asks for.</summary>
    Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default);
}
