using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;
using Mlops.Storage.Postgres.Schema;
using Mlops.Storage.Postgres.Tracking;
using Npgsql;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresTrackingStore
{
    public Task<Page<Run>> SearchRunsAsync(RunSearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        SearchPaging.ValidateMaxResults(search.MaxResults);
        var offset = SearchPaging.DecodeToken(search.PageToken);
        var comparisons = SearchFilter.Parse(search.Filter);
        var orders = (search.OrderBy ?? []).Select(SearchFilter.ParseOrderBy).ToList();
        var experimentIds = search.ExperimentIds
            .Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null)
            .OfType<long>().ToArray();
        if (experimentIds.Length == 0)
        {
            return Task.FromResult(new Page<Run>([], null));
        }

        var sql = new SearchSqlBuilder();
        var where = new List<string>
        {
            $"r.experiment_id = ANY({sql.Add(experimentIds)})",
            $"r.lifecycle_stage = ANY({sql.Add(TrackingText.Of(search.ViewType))})",
        };
        where.AddRange(comparisons.Select(sql.Where));
        var orderBy = orders.Select(sql.OrderBy).Append("r.start_time DESC").Append("r.run_id");
        // One row more than a page tells whether a next page exists without a COUNT query.
        var text = $"""
            SELECT {RunRows.Columns} FROM runs r
            WHERE {string.Join(" AND ", where)}
            ORDER BY {string.Join(", ", orderBy)}
            LIMIT {sql.Add(search.MaxResults + 1)} OFFSET {sql.Add(offset)};
            """;
        return database.ReadAsync(async c =>
        {
            var infos = await c.QueryAsync(text, null, r => Absolute(RunRows.Read(r)), ct, sql.Parameters);
            var hasMore = infos.Count > search.MaxResults;
            if (hasMore)
            {
                infos.RemoveAt(infos.Count - 1);
            }
            var runs = await LoadRunsAsync(c, infos, ct);
            return new Page<Run>(runs, hasMore ? SearchPaging.EncodeToken(offset + search.MaxResults) : null);
        }, ct);
    }

    /// <summary>Adds latest metrics, params and tags to run infos: three queries whatever the number of runs.</summary>
    private static async Task<IReadOnlyList<Run>> LoadRunsAsync(NpgsqlConnection c, IReadOnlyList<RunInfo> infos, CancellationToken ct)
    {
        var ids = ("ids", (object?)infos.Select(i => i.RunId).ToArray());
        var metrics = (await c.QueryAsync(
                "SELECT run_id, key, value, timestamp, step FROM latest_metrics WHERE run_id = ANY(@ids) ORDER BY key;", null,
                r => (RunId: r.GetString(0), Metric: new Metric(r.GetString(1), r.GetDouble(2), r.GetInt64(3), r.GetInt64(4))), ct, ids))
            .ToLookup(m => m.RunId, m => m.Metric);
        var parameters = await CollectAsync(c, "SELECT run_id, key, value FROM params WHERE run_id = ANY(@ids) ORDER BY key;", ids, ct);
        var tags = await CollectAsync(c, "SELECT run_id, key, value FROM tags WHERE run_id = ANY(@ids) ORDER BY key;", ids, ct);
        return infos.Select(i => new Run(
            i,
            metrics[i.RunId].ToList(),
            parameters.GetValueOrDefault(i.RunId) ?? [],
            tags.GetValueOrDefault(i.RunId) ?? [])).ToList();
    }

    private static async Task<Dictionary<string, Dictionary<string, string>>> CollectAsync(NpgsqlConnection c, string sql,
        (string, object?) ids, CancellationToken ct)
    {
        var into = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (runId, key, value) in await c.QueryAsync(sql, null,
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), ct, ids))
        {
            (into.TryGetValue(runId, out var d) ? d : into[runId] = [])[key] = value;
        }
        return into;
    }
}
