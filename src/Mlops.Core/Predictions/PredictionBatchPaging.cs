namespace Mlops.Core.Predictions;

/// <summary>
/// <see cref="PredictionPaging"/> for <see cref="IPredictionBatchLog"/>: the same walk and tokens, the page's rows copied
/// into one batch per append touched, in the query's order.
/// </summary>
public static class PredictionBatchPaging
{
    private static readonly AppendWalk.Shape<StoredBatch> Shape = new(a => a.Seq, a => a.Batch?.Count,
        (a, row) => DateTimeOffset.FromUnixTimeMilliseconds(a.Batch!.Times[row]));

    /// <summary>
    /// Fetches appends through <paramref name="fetch"/> (as <see cref="PredictionPaging.ReadAsync"/> does) until the page
    /// is full; null as soon as an append has no batch.
    /// </summary>
    public static async Task<PredictionBatchPage?> ReadAsync(PredictionQuery query,
        Func<long?, int, CancellationToken, Task<IReadOnlyList<StoredBatch>>> fetch, CancellationToken ct = default)
    {
        var batches = new List<PredictionBatch>();
        StoredBatch? current = null;
        var (stopped, next) = await AppendWalk.RunAsync(query, fetch, Shape, (append, row) =>
        {
            var source = append.Batch!;
            if (!ReferenceEquals(append, current))
            {
                current = append;
                batches.Add(new PredictionBatch(source.Schema, Math.Min(source.Count, query.MaxResults)));
            }
            CopyRow(source, row, batches[^1]);
        }, ct);
        return stopped ? null : new PredictionBatchPage(batches, next);
    }

    private static void CopyRow(PredictionBatch source, int row, PredictionBatch target)
    {
        var (m, k) = (source.InputCount, source.OutputWidth);
        target.AddRows(source.Ids.Slice(row, 1), source.Times.Slice(row, 1), source.LatenciesMs.Slice(row, 1),
            source.Predicted.Slice(row, 1), source.Probabilities.Slice(row * k, k), source.Inputs.Slice(row * m, m));
    }
}
