using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    public override Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Metric>>(async c =>
        {
            _ = await c.ScalarAsync("SELECT 1 FROM runs WHERE run_id = $id;", null, ct, ("$id", runId)) ?? throw RunRows.NotFound(runId);
            return await MetricHistory.ReadAsync(c, runId, key, ct);
        }, ct);

    /// <summary>The run check is one indexed lookup of one column, as every write makes it; metrics go through the prepared writer.</summary>
    private protected override async Task WriteBatchAsync(SqlSession s, string runId, IReadOnlyList<Metric> metrics,
        IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        RequireActive(runId, (string?)await s.ScalarAsync("SELECT lifecycle_stage FROM runs WHERE run_id = @id;", ct, ("@id", runId)));
        await WriteParamsAsync(s, runId, parameters, ct);
        if (metrics.Count > 0)
        {
            MetricWriter.Write(Connection(s), runId, metrics);
        }
    }

    private static async Task WriteParamsAsync(SqlSession s, string runId, IReadOnlyDictionary<string, string> parameters,
        CancellationToken ct)
    {
        if (parameters.Count == 0)
        {
            return;
        }
        var existing = (await s.QueryAsync("SELECT key, value FROM params WHERE run_id = @id;",
            r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, ("@id", runId))).ToDictionary();
        foreach (var (key, value) in parameters)
        {
            if (existing.TryGetValue(key, out var old))
            {
                if (old != value)
                {
                    throw ParamChanged(runId, key, old, value);
                }
                continue;
            }
            await s.ExecuteAsync("INSERT INTO params (run_id, key, value) VALUES (@id, @key, @value);", ct,
                ("@id", runId), ("@key", key), ("@value", value));
        }
    }
}
