namespace Mlops.Core.Predictions;

/// <summary>
/// Pages over a log stored as one row per append, the same for every backend. A record's position is (append sequence,
/// row); a page token is the position of the page's last record, and the next page starts just after it.
/// </summary>
public static class PredictionPaging
{
    private static readonly AppendWalk.Shape<StoredPredictions> Shape = new(a => a.Seq, a => a.Records.Count, (a, row) => a.Records[row].Time);

    /// <summary>
    /// Fetches appends through <paramref name="fetch"/> until the page is full. <paramref name="fetch"/> receives the
    /// first sequence number to include (inclusive; null for the start) and a row limit, and returns the appends that
    /// match the query's model filters (and may pre-filter on time), ordered as the query asks.
    /// </summary>
    public static async Task<PredictionPage> ReadAsync(PredictionQuery query,
        Func<long?, int, CancellationToken, Task<IReadOnlyList<StoredPredictions>>> fetch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var records = new List<PredictionRecord>(Math.Clamp(query.MaxResults, 0, 1024));
        var (_, next) = await AppendWalk.RunAsync(query, fetch, Shape, (append, row) => records.Add(append.Records[row]), ct);
        return new PredictionPage(records, next);
    }
}
