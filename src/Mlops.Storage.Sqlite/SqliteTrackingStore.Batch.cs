using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    public Task LogBatchAsync(string runId, IReadOnlyList<Metric> metrics, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(tags);
        metrics = MetricValues.Stored(metrics);
        foreach (var metric in metrics)
        {
            EntityLimits.MetricKey(metric.Key);
        }
        foreach (var (key, value) in parameters)
        {
            EntityLimits.Param(key, value);
        }
        foreach (var (key, value) in tags)
        {
            EntityLimits.RunTag(key, value);
        }
        return database.WriteAsync(async (c, tx) =>
        {
            await RequireActiveRunIdAsync(c, tx, runId, ct);
            await WriteParamsAsync(c, tx, runId, parameters, ct);
            if (metrics.Count > 0)
            {
                MetricWriter.Write(c, runId, metrics);
            }
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
            _ = await c.ScalarAsync("SELECT 1 FROM runs WHERE run_id = $id;", null, ct, ("$id", runId)) ?? throw RunRows.NotFound(runId);
            return await MetricHistory.ReadAsync(c, runId, key, ct);
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

    /// <summary>The run exists and is active; one indexed lookup of one column, as every write checks it.</summary>
    private static async Task RequireActiveRunIdAsync(SqliteConnection c, SqliteTransaction tx, string runId, CancellationToken ct)
    {
        var stage = await c.ScalarAsync("SELECT lifecycle_stage FROM runs WHERE run_id = $id;", tx, ct, ("$id", runId))
            ?? throw RunRows.NotFound(runId);
        if (!string.Equals((string)stage, "active", StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"The run {runId} must be in the 'active' state. Current state is deleted.");
        }
    }
}
