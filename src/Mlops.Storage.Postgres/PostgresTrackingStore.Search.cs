using Mlops.Core.Tracking;
using Mlops.Storage.Postgres.Tracking;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresTrackingStore
{
    private protected override RunSearchSql NewSearchSql() => new SearchSqlBuilder();

    /// <summary>Adds latest metrics, params and tags to run infos: three queries whatever the number of runs.</summary>
    private protected override async Task<IReadOnlyList<Run>> LoadRunsAsync(SqlSession s, IReadOnlyList<RunInfo> infos,
        CancellationToken ct)
    {
        var ids = ("@ids", (object?)infos.Select(i => i.RunId).ToArray());
        var metrics = (await s.QueryAsync(
                "SELECT run_id, key, value, timestamp, step FROM latest_metrics WHERE run_id = ANY(@ids) ORDER BY key;",
                r => (RunId: r.GetString(0), Metric: new Metric(r.GetString(1), r.GetDouble(2), r.GetInt64(3), r.GetInt64(4))), ct, ids))
            .ToLookup(m => m.RunId, m => m.Metric);
        var parameters = await CollectAsync(s, "SELECT run_id, key, value FROM params WHERE run_id = ANY(@ids) ORDER BY key;", ids, ct);
        var tags = await CollectAsync(s, "SELECT run_id, key, value FROM tags WHERE run_id = ANY(@ids) ORDER BY key;", ids, ct);
        return infos.Select(i => new Run(
            i,
            metrics[i.RunId].ToList(),
            parameters.GetValueOrDefault(i.RunId) ?? [],
            tags.GetValueOrDefault(i.RunId) ?? [])).ToList();
    }

    private static async Task<Dictionary<string, Dictionary<string, string>>> CollectAsync(SqlSession s, string sql,
        (string, object?) ids, CancellationToken ct)
    {
        var into = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (runId, key, value) in await s.QueryAsync(sql, r => (r.GetString(0), r.GetString(1), r.GetString(2)), ct, ids))
        {
            (into.TryGetValue(runId, out var d) ? d : into[runId] = [])[key] = value;
        }
        return into;
    }
}
