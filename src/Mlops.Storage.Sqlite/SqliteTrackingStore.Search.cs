using System.Globalization;
using System.Text.Json;
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
            $"r.lifecycle_stage IN {TrackingText.InList(search.ViewType)}",
        };
        where.AddRange(sql.Where(comparisons));
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

    /// <summary>Adds latest metrics, params and tags to run infos in one statement, the run ids passed as one JSON array.</summary>
    private static async Task<IReadOnlyList<Run>> LoadRunsAsync(SqliteConnection c, IReadOnlyList<RunInfo> infos, CancellationToken ct)
    {
        if (infos.Count == 0)
        {
            return [];
        }
        var ids = JsonSerializer.Serialize(infos.Select(i => i.RunId).ToArray(), RunIdsJson.Default.StringArray);
        var data = await RunReader.ReadDataAsync(c, ids, ct);
        return infos.Select(i => data.TryGetValue(i.RunId, out var d)
            ? new Run(i, d.Metrics, d.Params, d.Tags)
            : new Run(i, [], new Dictionary<string, string>(), new Dictionary<string, string>())).ToList();
    }
}
