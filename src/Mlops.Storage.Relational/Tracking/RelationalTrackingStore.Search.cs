using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;

namespace Mlops.Storage.Relational.Tracking;

public abstract partial class RelationalTrackingStore
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

        var sql = NewSearchSql();
        var where = new List<string> { sql.InExperiments(experimentIds), sql.InStages(search.ViewType) };
        where.AddRange(sql.Where(comparisons));
        var orderBy = orders.Select(sql.OrderBy).Append("r.start_time DESC").Append("r.run_id");
        // One row more than a page tells whether a next page exists without a COUNT query.
        var text = $"""
            SELECT {RunRows.Columns} FROM runs r
            WHERE {string.Join(" AND ", where)}
            ORDER BY {string.Join(", ", orderBy)}
            LIMIT {sql.Add(search.MaxResults + 1)} OFFSET {sql.Add(offset)};
            """;
        return database.ReadAsync(async s =>
        {
            var infos = await s.QueryAsync(text, r => Absolute(RunRows.Read(r)), ct, sql.Parameters);
            var hasMore = infos.Count > search.MaxResults;
            if (hasMore)
            {
                infos.RemoveAt(infos.Count - 1);
            }
            var runs = infos.Count == 0 ? [] : await LoadRunsAsync(s, infos, ct);
            return new Page<Run>(runs, hasMore ? SearchPaging.EncodeToken(offset + search.MaxResults) : null);
        }, ct);
    }

    private protected abstract RunSearchSql NewSearchSql();
}
