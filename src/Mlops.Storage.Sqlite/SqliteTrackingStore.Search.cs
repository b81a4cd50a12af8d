using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
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
            .OfType<long>().ToList();
        if (experimentIds.Count == 0)
        {
            return Task.FromResult(new Page<Run>([], null));
        }

        var sql = new SearchSqlBuilder();
        var where = new List<string>
        {
            $"r.experiment_id IN ({string.Join(", ", experimentIds.Select(id => sql.Add(id)))})",
            $"r.lifecycle_stage IN {TrackingText.Of(search.ViewType)}",
        };
        where.AddRange(comparisons.Select(sql.Where));
        var orderBy = orders.Select(sql.OrderBy).Append("r.start_time DESC").Append("r.run_id");
        // One row more than a page tells whether a next page exists without a COUNT query.
        var text = $"""
            SELECT {RunColumns} FROM runs r
            WHERE {string.Join(" AND ", where)}
            ORDER BY {string.Join(", ", orderBy)}
            LIMIT {sql.Add(search.MaxResults + 1)} OFFSET {sql.Add(offset)};
            """;
        return database.ReadAsync(async c =>
        {
            var infos = await c.QueryAsync(text, null, ReadRunInfo, ct, sql.Parameters);
            var hasMore = infos.Count > search.MaxResults;
            if (hasMore)
            {
                infos.RemoveAt(infos.Count - 1);
            }
            var runs = await LoadRunsAsync(c, infos, ct);
            return new Page<Run>(runs, hasMore ? SearchPaging.EncodeToken(offset + search.MaxResults) : null);
        }, ct);
    }

    /// <summary>Adds latest metrics, params and tags to run infos, in a few queries per chunk of runs.</summary>
    private static async Task<IReadOnlyList<Run>> LoadRunsAsync(SqliteConnection c, IReadOnlyList<RunInfo> infos, CancellationToken ct)
    {
        var metrics = new Dictionary<string, List<Metric>>();
        var parameters = new Dictionary<string, Dictionary<string, string>>();
        var tags = new Dictionary<string, Dictionary<string, string>>();
        // Chunks keep the IN list well under SQLite's limit on bound parameters.
        foreach (var chunk in infos.Select(i => i.RunId).Chunk(500))
        {
            var ids = chunk.Select((id, i) => ($"$r{i}", (object?)id)).ToArray();
            var list = string.Join(", ", ids.Select(p => p.Item1));
            foreach (var (runId, metric) in await c.QueryAsync(
                $"SELECT run_id, key, value, is_nan, timestamp, step FROM latest_metrics WHERE run_id IN ({list}) ORDER BY key;",
                null, r => (r.GetString(0), new Metric(r.GetString(1), r.GetInt64(3) != 0 ? double.NaN : r.GetDouble(2),
                    r.GetInt64(4), r.GetInt64(5))), ct, ids))
            {
                (metrics.TryGetValue(runId, out var l) ? l : metrics[runId] = []).Add(metric);
            }
            await CollectAsync(c, $"SELECT run_id, key, value FROM params WHERE run_id IN ({list}) ORDER BY key;", ids, parameters, ct);
            await CollectAsync(c, $"SELECT run_id, key, value FROM tags WHERE run_id IN ({list}) ORDER BY key;", ids, tags, ct);
        }
        return infos.Select(i => new Run(
            i,
            metrics.GetValueOrDefault(i.RunId) ?? [],
            parameters.GetValueOrDefault(i.RunId) ?? [],
            tags.GetValueOrDefault(i.RunId) ?? [])).ToList();
    }

    private static async Task CollectAsync(SqliteConnection c, string sql, (string, object?)[] ids,
        Dictionary<string, Dictionary<string, string>> into, CancellationToken ct)
    {
        foreach (var (runId, key, value) in await c.QueryAsync(sql, null,
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), ct, ids))
        {
            (into.TryGetValue(runId, out var d) ? d : into[runId] = [])[key] = value;
        }
    }
}
