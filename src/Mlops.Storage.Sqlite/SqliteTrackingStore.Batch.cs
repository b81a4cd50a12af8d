using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    // Latest = highest step, then latest timestamp (ties go to the later write), as MLflow's latest_metrics.
    private const string UpsertLatestSql = """
        INSERT INTO latest_metrics (run_id, key, value, is_nan, timestamp, step) VALUES ($id, $key, $value, $nan, $ts, $step)
        ON CONFLICT (run_id, key) DO UPDATE SET
            value = excluded.value, is_nan = excluded.is_nan, timestamp = excluded.timestamp, step = excluded.step
        WHERE excluded.step > latest_metrics.step
           OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp);
        """;

    public Task LogBatchAsync(string runId, IReadOnlyList<Metric> metrics, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var metric in metrics)
        {
            ValidateKey("metric", metric.Key);
        }
        foreach (var key in parameters.Keys)
        {
            ValidateKey("param", key);
        }
        foreach (var key in tags.Keys)
        {
            ValidateKey("tag", key);
        }
        return database.WriteAsync(async (c, tx) =>
        {
            await RequireActiveRunAsync(c, tx, runId, ct);
            await WriteParamsAsync(c, tx, runId, parameters, ct);
            await WriteMetricsAsync(c, tx, runId, metrics, ct);
            foreach (var (key, value) in tags)
            {
                await UpsertTagAsync(c, tx, runId, key, value, ct);
                if (key == RunNameTag)
                {
                    await c.ExecuteAsync("UPDATE runs SET run_name = $name WHERE run_id = $id;", tx, ct, ("$name", value), ("$id", runId));
                }
            }
        }, ct);
    }

    public Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Metric>>(async c =>
        {
            _ = await SelectRunInfoAsync(c, null, runId, ct) ?? throw RunNotFound(runId);
            return await c.QueryAsync(
                "SELECT key, value, is_nan, timestamp, step FROM metrics WHERE run_id = $id AND key = $key ORDER BY step, timestamp, rowid;",
                null, ReadMetric, ct, ("$id", runId), ("$key", key));
        }, ct);

    private static async Task WriteParamsAsync(SqliteConnection c, SqliteTransaction tx, string runId,
        IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        if (parameters.Count == 0)
        {
            return;
        }
        var existing = (await c.QueryAsync("SELECT key, value FROM params WHERE run_id = $id;", tx,
            r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, ("$id", runId))).ToDictionary();
        foreach (var (key, value) in parameters)
        {
            if (existing.TryGetValue(key, out var old))
            {
                if (old != value)
                {
                    throw MlopsException.Invalid(
                        $"Changing param values is not allowed. Param with key='{key}' was already logged with value='{old}' " +
                        $"for run ID='{runId}'. Attempted logging new value '{value}'.");
                }
                continue;
            }
            await c.ExecuteAsync("INSERT INTO params (run_id, key, value) VALUES ($id, $key, $value);", tx, ct,
                ("$id", runId), ("$key", key), ("$value", value));
        }
    }

    private static async Task WriteMetricsAsync(SqliteConnection c, SqliteTransaction tx, string runId,
        IReadOnlyList<Metric> metrics, CancellationToken ct)
    {
        if (metrics.Count == 0)
        {
            return;
        }
        // One prepared statement per table, re-bound per point: the fast path for large batches.
        await using var insert = c.Command(
            "INSERT INTO metrics (run_id, key, value, is_nan, timestamp, step) VALUES ($id, $key, $value, $nan, $ts, $step);", tx);
        await using var latest = c.Command(UpsertLatestSql, tx);
        foreach (var command in new[] { insert, latest })
        {
            command.Parameters.AddWithValue("$id", runId);
            foreach (var name in new[] { "$key", "$value", "$nan", "$ts", "$step" })
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            command.Prepare();
        }
        foreach (var metric in metrics)
        {
            foreach (var command in new[] { insert, latest })
            {
                command.Parameters["$key"].Value = metric.Key;
                command.Parameters["$value"].Value = double.IsNaN(metric.Value) ? DBNull.Value : metric.Value;
                command.Parameters["$nan"].Value = double.IsNaN(metric.Value) ? 1 : 0;
                command.Parameters["$ts"].Value = metric.Timestamp;
                command.Parameters["$step"].Value = metric.Step;
                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private static Metric ReadMetric(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetInt64(2) != 0 ? double.NaN : r.GetDouble(1),
        r.GetInt64(3),
        r.GetInt64(4));
}
