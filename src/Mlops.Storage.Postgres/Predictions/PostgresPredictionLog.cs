using Mlops.Core.Predictions;
using Mlops.Storage.Postgres.Schema;
using Mlops.Storage.Relational.Predictions;
using Npgsql;
using NpgsqlTypes;

namespace Mlops.Storage.Postgres.Predictions;

/// <summary>
/// The prediction log in the <c>prediction_batches</c> table: one row per append (see <see cref="Migration2"/>), and the
/// labels of its predictions in <c>prediction_labels</c> (see <see cref="Migration5"/>).
/// </summary>
public sealed class PostgresPredictionLog(PostgresDatabase database, TimeProvider? time = null)
    : IPredictionLog, IPredictionBatchLog, IPredictionFeedback
{
    private const string InsertSql = """
        INSERT INTO prediction_batches (model_name, model_version, model_uri, first_time, last_time, row_count, payload,
            ab_test_id, ab_variant, ab_shadow)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);
        """;

    public async Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }
        var payload = PredictionBatchCodec.Encode(batch);
        var times = batch.Times;
        var (first, last) = (times[0], times[0]);
        foreach (var t in times)
        {
            (first, last) = (Math.Min(first, t), Math.Max(last, t));
        }
        var schema = batch.Schema;
        await using var command = database.DataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string?> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = schema.ModelName });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)schema.ModelVersion ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema.ModelUri });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = first });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = last });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batch.Count });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = payload });
        command.Parameters.Add(new NpgsqlParameter<string?> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = schema.Assignment?.TestId });
        command.Parameters.Add(new NpgsqlParameter<string?> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = schema.Assignment?.Variant });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PredictionAbColumns.Shadow(schema) });
        // One statement is its own transaction: the batch is written whole or not at all.
        await command.ExecuteNonQueryAsync(ct);
    }

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) =>
        PredictionPaging.ReadAsync(query, (from, limit, token) => FetchAsync(query, from, limit,
            r => new StoredPredictions(r.GetInt64(0), PredictionBatchCodec.Decode(r.GetFieldValue<byte[]>(1), PredictionAbColumns.Read(r, 2)).AsRecords()), token), ct);

    public Task<PredictionBatchPage?> ListBatchesAsync(PredictionQuery query, CancellationToken ct = default) =>
        PredictionBatchPaging.ReadAsync(query, (from, limit, token) => FetchAsync(query, from, limit,
            r => new StoredBatch(r.GetInt64(0), PredictionBatchCodec.Decode(r.GetFieldValue<byte[]>(1), PredictionAbColumns.Read(r, 2))), token), ct);

    public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) =>
        PredictionPruning.PruneAsync(database, prune, ct);

    public Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check,
        CancellationToken ct = default) =>
        PredictionLabels.RecordAsync(database, labels, check, time ?? TimeProvider.System, ct);

    public Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default) =>
        PredictionLabels.FindOriginsAsync(database, predictionIds, ct);

    public Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default) =>
        PredictionLabels.ListAsync(database, query, ct);

    private Task<IReadOnlyList<T>> FetchAsync<T>(PredictionQuery query, long? from, int limit, Func<NpgsqlDataReader, T> read,
        CancellationToken ct)
    {
        var (where, parameters) = PredictionBatchFilter.For(query, from);
        var sql = $"""
            SELECT batch_seq, payload, {PredictionAbColumns.Select} FROM prediction_batches {where}
            ORDER BY batch_seq {(query.OldestFirst ? "ASC" : "DESC")} LIMIT @limit;
            """;
        return database.ReadAsync<IReadOnlyList<T>>(async c => await c.QueryAsync(sql, null, read, ct, [.. parameters, ("limit", limit)]), ct);
    }
}
