using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Tests.Reports;

/// <summary>
/// A columnar prediction log in memory, paged by Core's own paging as the SQL backends page: appends in order, and
/// appends marked record-only (as SQLite keeps predictions of schema version 2) that make a page come back as records.
/// </summary>
internal sealed class MemoryBatchLog : IPredictionLog, IPredictionBatchLog
{
    private readonly List<(PredictionBatch Batch, bool RecordsOnly)> _appends = [];

    public int RecordPages { get; private set; }

    public int BatchPages { get; private set; }

    public void Add(PredictionBatch batch, bool recordsOnly = false) => _appends.Add((batch, recordsOnly));

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
    {
        RecordPages++;
        return PredictionPaging.ReadAsync(query, (from, limit, _) =>
            Task.FromResult<IReadOnlyList<StoredPredictions>>([.. Fetch(query, from, limit).Select(a => new StoredPredictions(a.Seq, a.Batch.AsRecords()))]), ct);
    }

    public async Task<PredictionBatchPage?> ListBatchesAsync(PredictionQuery query, CancellationToken ct = default)
    {
        var page = await PredictionBatchPaging.ReadAsync(query, (from, limit, _) =>
            Task.FromResult<IReadOnlyList<StoredBatch>>([.. Fetch(query, from, limit).Select(a => new StoredBatch(a.Seq, a.RecordsOnly ? null : a.Batch))]), ct);
        BatchPages += page is null ? 0 : 1;
        return page;
    }

    public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) => throw new NotSupportedException();

    private IEnumerable<(long Seq, PredictionBatch Batch, bool RecordsOnly)> Fetch(PredictionQuery query, long? from, int limit)
    {
        var all = _appends.Select((a, i) => (Seq: (long)i + 1, a.Batch, a.RecordsOnly))
            .Where(a => (query.ModelName is null || a.Batch.Schema.ModelName == query.ModelName)
                && (query.ModelVersion is null || a.Batch.Schema.ModelVersion == query.ModelVersion));
        all = query.OldestFirst ? all.Where(a => from is null || a.Seq >= from) : all.Reverse().Where(a => from is null || a.Seq <= from);
        return all.Take(limit).ToList();
    }
}
