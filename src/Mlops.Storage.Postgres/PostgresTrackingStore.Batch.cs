using Mlops.Core.Tracking;
using Mlops.Storage.Postgres.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresTrackingStore
{
    /// <summary>From this many points a batch is written with binary COPY; smaller ones with one array INSERT.</summary>
    public const int CopyThreshold = 1000;

    // Latest = highest step, then latest timestamp (ties go to the later write), as MLflow's latest_metrics.
    private const string UpsertLatestSql = """
        INSERT INTO latest_metrics (run_id, key, value, timestamp, step)
        SELECT @id, k, v, ts, s FROM unnest(@keys::text[], @values::float8[], @timestamps::bigint[], @steps::bigint[]) AS m(k, v, ts, s)
        ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, timestamp = excluded.timestamp, step = excluded.step
        WHERE excluded.step > latest_metrics.step
           OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp);
        """;

    /// <summary>The run check and the metric writes go in one round trip; if the check fails, the transaction rolls back.</summary>
    private protected override async Task WriteBatchAsync(SqlSession s, string runId, IReadOnlyList<Metric> metrics,
        IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var c = Connection(s);
        var info = await CheckRunAndWriteMetricsAsync(c, Transaction(s), runId, metrics, ct);
        RequireActive(runId, info is null ? null : TrackingText.Of(info.LifecycleStage));
        if (metrics.Count >= CopyThreshold)
        {
            await CopyMetricsAsync(c, runId, metrics, ct);
        }
        await WriteParamsAsync(s, runId, parameters, ct);
    }

    public override Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Metric>>(async c =>
        {
            _ = await RunRows.SelectAsync(new SqlSession(c, null, PostgresDialect.Instance), runId, ct) ?? throw RunRows.NotFound(runId);
            return await c.QueryAsync(
                "SELECT key, value, timestamp, step FROM metrics WHERE run_id = @id AND key = @key ORDER BY step, timestamp, seq;",
                null, r => new Metric(r.GetString(0), r.GetDouble(1), r.GetInt64(2), r.GetInt64(3)), ct, ("id", runId), ("key", key));
        }, ct);

    /// <summary>
    /// Inserts new params and then compares every requested key with what is stored, so a value that a concurrent
    /// writer logged first is still reported as a change.
    /// </summary>
    private static async Task WriteParamsAsync(SqlSession s, string runId, IReadOnlyDictionary<string, string> parameters,
        CancellationToken ct)
    {
        if (parameters.Count == 0)
        {
            return;
        }
        var sorted = parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var keys = sorted.Select(p => p.Key).ToArray();
        await s.ExecuteAsync(
            """
            INSERT INTO params (run_id, key, value) SELECT @id, k, v FROM unnest(@keys::text[], @values::text[]) AS p(k, v)
            ON CONFLICT (run_id, key) DO NOTHING;
            """, ct, ("@id", runId), ("@keys", keys), ("@values", sorted.Select(p => p.Value).ToArray()));
        var stored = (await s.QueryAsync("SELECT key, value FROM params WHERE run_id = @id AND key = ANY(@keys);",
            r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, ("@id", runId), ("@keys", keys))).ToDictionary();
        foreach (var (key, value) in parameters)
        {
            if (stored.TryGetValue(key, out var old) && old != value)
            {
                throw ParamChanged(runId, key, old, value);
            }
        }
    }

    /// <summary>
    /// Sends the run lookup, the metric INSERT (below <see cref="CopyThreshold"/>) and the latest_metrics upsert as one
    /// batch, and returns the run (null when it does not exist).
    /// </summary>
    private static async Task<RunInfo?> CheckRunAndWriteMetricsAsync(NpgsqlConnection c, NpgsqlTransaction tx, string runId,
        IReadOnlyList<Metric> metrics, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(c, tx);
        batch.BatchCommands.Add(BatchCommand($"SELECT {RunRows.Columns} FROM runs r WHERE r.run_id = @id;", [("id", runId)]));
        if (metrics.Count is > 0 and < CopyThreshold)
        {
            batch.BatchCommands.Add(BatchCommand(
                """
                INSERT INTO metrics (run_id, key, value, timestamp, step)
                SELECT @id, k, v, ts, s FROM unnest(@keys::text[], @values::float8[], @timestamps::bigint[], @steps::bigint[]) AS m(k, v, ts, s);
                """, Columns(runId, metrics)));
        }
        if (metrics.Count > 0)
        {
            batch.BatchCommands.Add(BatchCommand(UpsertLatestSql, Columns(runId, LatestPerKey(metrics))));
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var info = await reader.ReadAsync(ct) ? RunRows.Read(reader) : null;
        while (await reader.NextResultAsync(ct))
        {
            // Draining runs the remaining statements and surfaces their errors.
        }
        return info;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>Binary COPY joins the connection's open transaction, so a failed batch still writes nothing.</summary>
    private static async Task CopyMetricsAsync(NpgsqlConnection c, string runId, IReadOnlyList<Metric> metrics, CancellationToken ct)
    {
        await using var writer = await c.BeginBinaryImportAsync(
            "COPY metrics (run_id, key, value, timestamp, step) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var metric in metrics)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(runId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(metric.Key, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(metric.Value, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(metric.Timestamp, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(metric.Step, NpgsqlDbType.Bigint, ct);
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>
    /// One candidate per key (one INSERT ... ON CONFLICT cannot touch a row twice), in key order so concurrent batches lock
    /// latest_metrics rows in the same order.
    /// </summary>
    private static List<Metric> LatestPerKey(IReadOnlyList<Metric> metrics)
    {
        var latest = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (!latest.TryGetValue(metric.Key, out var best) || metric.Step > best.Step
                || (metric.Step == best.Step && metric.Timestamp >= best.Timestamp))
            {
                latest[metric.Key] = metric;
            }
        }
        return [.. latest.Values.OrderBy(m => m.Key, StringComparer.Ordinal)];
    }

    private static (string, object?)[] Columns(string runId, IReadOnlyList<Metric> metrics) =>
    [
        ("id", runId),
        ("keys", metrics.Select(m => m.Key).ToArray()),
        ("values", metrics.Select(m => m.Value).ToArray()),
        ("timestamps", metrics.Select(m => m.Timestamp).ToArray()),
        ("steps", metrics.Select(m => m.Step).ToArray()),
    ];
}
