using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Tracking;

public abstract partial class RelationalTrackingStore
{
    /// <summary>Every value is checked before the transaction opens, so an invalid batch touches no row.</summary>
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
        return database.WriteAsync(async s =>
        {
            await WriteBatchAsync(s, runId, metrics, parameters, ct);
            await UpsertTagsAsync(s, runId, tags, ct);
            if (tags.TryGetValue(RunNameTag, out var name))
            {
                await s.ExecuteAsync("UPDATE runs SET run_name = @name WHERE run_id = @id;", ct, ("@name", name), ("@id", runId));
            }
        }, ct);
    }

    public abstract Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default);

    /// <summary>
    /// Checks that the run exists and is active and writes the metrics and params, inside the batch's transaction:
    /// the backend's fast path (SQLite's prepared metric writer, PostgreSQL's batched statements and binary COPY).
    /// </summary>
    private protected abstract Task WriteBatchAsync(SqlSession s, string runId, IReadOnlyList<Metric> metrics,
        IReadOnlyDictionary<string, string> parameters, CancellationToken ct);

    private protected static void RequireActive(string runId, string? stage)
    {
        if (stage is null)
        {
            throw RunRows.NotFound(runId);
        }
        if (!string.Equals(stage, "active", StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"The run {runId} must be in the 'active' state. Current state is deleted.");
        }
    }

    private protected static MlopsException ParamChanged(string runId, string key, string old, string value) =>
        MlopsException.Invalid(
            $"Changing param values is not allowed. Param with key='{key}' was already logged with value='{old}' " +
            $"for run ID='{runId}'. Attempted logging new value '{value}'.");
}
