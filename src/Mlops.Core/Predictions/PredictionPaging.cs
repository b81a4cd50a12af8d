using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Core.Predictions;

/// <summary>
/// Pages over a log stored as one row per append, the same for every backend. A record's position is (append sequence,
/// row); a page token is the position of the page's last record, and the next page starts just after it.
/// </summary>
public static class PredictionPaging
{
    private const int AppendsPerFetch = 32;

    /// <summary>
    /// Fetches appends through <paramref name="fetch"/> until the page is full. <paramref name="fetch"/> receives the
    /// first sequence number to include (inclusive; null for the start) and a row limit, and returns the appends that
    /// match the query's model filters (and may pre-filter on time), ordered as the query asks.
    /// </summary>
    public static async Task<PredictionPage> ReadAsync(PredictionQuery query,
        Func<long?, int, CancellationToken, Task<IReadOnlyList<StoredPredictions>>> fetch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fetch);
        if (query.MaxResults is < 1 or > PredictionQuery.MaxPageSize)
        {
            throw MlopsException.Invalid($"max_results {query.MaxResults} must be between 1 and {PredictionQuery.MaxPageSize}.");
        }
        var after = ParseToken(query.PageToken);
        var step = query.OldestFirst ? 1 : -1;
        var records = new List<PredictionRecord>(Math.Min(query.MaxResults, 1024));
        (long Seq, int Row) last = default;
        var from = after?.Seq;
        while (true)
        {
            var appends = await fetch(from, AppendsPerFetch, ct);
            foreach (var append in appends)
            {
                var rows = append.Records;
                var first = query.OldestFirst ? 0 : rows.Count - 1;
                if (after is { } token && append.Seq == token.Seq)
                {
                    first = token.Row + step;
                }
                for (var row = first; row >= 0 && row < rows.Count; row += step)
                {
                    var record = rows[row];
                    if (query.Since is { } since && record.Time < since)
                    {
                        continue;
                    }
                    if (records.Count == query.MaxResults)
                    {
                        return new PredictionPage(records, Format(last));
                    }
                    records.Add(record);
                    last = (append.Seq, row);
                }
            }
            if (appends.Count < AppendsPerFetch)
            {
                return new PredictionPage(records, null);
            }
            from = appends[^1].Seq + step;
        }
    }

    private static (long Seq, int Row)? ParseToken(string? token)
    {
        if (token is null)
        {
            return null;
        }
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0
            && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            && int.TryParse(token.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return (seq, row);
        }
        throw MlopsException.Invalid($"page_token '{token}' is not a token returned by a previous page.");
    }

    private static string Format((long Seq, int Row) position) =>
        string.Create(CultureInfo.InvariantCulture, $"{position.Seq}:{position.Row}");
}
