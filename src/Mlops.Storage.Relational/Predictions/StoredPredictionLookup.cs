using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// Finds logged predictions by id without an id index: a prediction id is a UUIDv7 whose 48-bit prefix is the Unix
/// millisecond the server also logged as the row's time, so only the batches whose time span covers it are decoded,
/// each once per lookup. The serving writer's appends stay as they are: no index row per prediction.
/// </summary>
internal sealed class StoredPredictionLookup(SqlSession session)
{
    private readonly Dictionary<long, StoredBatchIds?> batches = [];

    /// <summary>The stored prediction with <paramref name="id"/>, or null when no batch holds it.</summary>
    public async Task<StoredPredictionRef?> FindAsync(Guid id, CancellationToken ct)
    {
        if (PredictionTimes.FromId(id) is not { } time)
        {
            return null;
        }
        var candidates = await session.QueryAsync(
            // A shadow score shares the answered prediction's id; a label belongs to the answer.
            "SELECT batch_seq FROM prediction_batches WHERE last_time >= @t AND first_time <= @t AND ab_shadow = 0 ORDER BY batch_seq;",
            r => r.GetInt64(0), ct, ("t", time));
        foreach (var seq in candidates)
        {
            if (!batches.TryGetValue(seq, out var batch))
            {
                batch = await ReadAsync(seq, ct);
                batches[seq] = batch;
            }
            if (batch is not null && batch.Rows.TryGetValue(id, out var row))
            {
                return new StoredPredictionRef(seq, row, time, batch.Origin);
            }
        }
        return null;
    }

    private async Task<StoredBatchIds?> ReadAsync(long seq, CancellationToken ct)
    {
        if (await DecodeAsync(session, seq, ct) is not { } batch)
        {
            return null;
        }
        var s = batch.Schema;
        return new StoredBatchIds(RowsById(batch), new PredictionOrigin(s.ModelName, s.ModelVersion, s.ModelUri, s.Classes));
    }

    /// <summary>The batch stored as <paramref name="seq"/>, or null when it is gone or not a batch payload.</summary>
    internal static async Task<PredictionBatch?> DecodeAsync(SqlSession session, long seq, CancellationToken ct)
    {
        var payloads = await session.QueryAsync($"SELECT payload, {PredictionAbColumns.Select} FROM prediction_batches WHERE batch_seq = @seq;",
            r => (Payload: r.GetFieldValue<byte[]>(0), Assignment: PredictionAbColumns.Read(r, 1)), ct, ("seq", seq));
        // Rows that older binaries stored one prediction each (not a batch payload) have no UUIDv7 id to find.
        return payloads.Count == 0 || !PredictionBatchCodec.IsBatch(payloads[0].Payload)
            ? null
            : PredictionBatchCodec.Decode(payloads[0].Payload, payloads[0].Assignment);
    }

    internal static Dictionary<Guid, int> RowsById(PredictionBatch batch)
    {
        var rows = new Dictionary<Guid, int>(batch.Count);
        var ids = batch.Ids;
        for (var i = 0; i < ids.Length; i++)
        {
            rows[ids[i]] = i;
        }
        return rows;
    }

    private sealed record StoredBatchIds(Dictionary<Guid, int> Rows, PredictionOrigin Origin);
}
