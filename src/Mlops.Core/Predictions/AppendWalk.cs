using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Core.Predictions;

/// <summary>
/// The page walk that <see cref="PredictionPaging"/> and <see cref="PredictionBatchPaging"/> share, whatever form the
/// appends are read in. A prediction's position is (append sequence, row); a page token is the position of the page's
/// last prediction, and the next page starts just after it.
/// </summary>
internal static class AppendWalk
{
    // Appends per fetch start at one and double up to this: a page of a few thousand rows (a server's monitor tick) then
    // decodes one or two appends of up to 5,000 rows, not 32 of them, while a long page still fetches in large steps.
    private const int MaxAppendsPerFetch = 32;

    /// <summary>What a walk needs of an append: its sequence number, its row count (null: it cannot be walked, stop) and a row's time.</summary>
    internal sealed record Shape<TAppend>(Func<TAppend, long> Seq, Func<TAppend, int?> Rows, Func<TAppend, int, DateTimeOffset> Time);

    /// <summary>
    /// Offers each matching row of the page to <paramref name="take"/> in the query's order and returns the next page's
    /// token, or <c>Stopped</c> when an append's row count was null.
    /// </summary>
    public static async Task<(bool Stopped, string? NextPageToken)> RunAsync<TAppend>(PredictionQuery query,
        Func<long?, int, CancellationToken, Task<IReadOnlyList<TAppend>>> fetch, Shape<TAppend> shape, Action<TAppend, int> take,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fetch);
        if (query.MaxResults is < 1 or > PredictionQuery.MaxPageSize)
        {
            throw MlopsException.Invalid($"max_results {query.MaxResults} must be between 1 and {PredictionQuery.MaxPageSize}.");
        }
        var after = ParseToken(query.PageToken);
        var step = query.OldestFirst ? 1 : -1;
        var taken = 0;
        (long Seq, int Row) last = default;
        var from = after?.Seq;
        var perFetch = 1;
        while (true)
        {
            var appends = await fetch(from, perFetch, ct);
            foreach (var append in appends)
            {
                if (shape.Rows(append) is not { } rows)
                {
                    return (true, null);
                }
                var seq = shape.Seq(append);
                var first = query.OldestFirst ? 0 : rows - 1;
                if (after is { } token && seq == token.Seq)
                {
                    first = token.Row + step;
                }
                for (var row = first; row >= 0 && row < rows; row += step)
                {
                    if (query.Since is { } since && shape.Time(append, row) < since)
                    {
                        continue;
                    }
                    if (taken == query.MaxResults)
                    {
                        return (false, Format(last));
                    }
                    take(append, row);
                    taken++;
                    last = (seq, row);
                }
            }
            if (appends.Count < perFetch)
            {
                return (false, null);
            }
            from = shape.Seq(appends[^1]) + step;
            perFetch = Math.Min(perFetch * 2, MaxAppendsPerFetch);
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
