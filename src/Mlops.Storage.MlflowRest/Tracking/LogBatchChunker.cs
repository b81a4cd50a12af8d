using Mlops.Core.Tracking;

namespace Mlops.Storage.MlflowRest.Tracking;

/// <summary>
/// Splits a batch the way MLflow's Python client does: params and tags first (≤ 100 each per request), metrics
/// filling the rest of each request up to 1,000 entities, then the remaining metrics 1,000 at a time.
/// Params go out first so a param conflict fails before any metric is written.
/// </summary>
internal static class LogBatchChunker
{
    public const int MaxMetrics = 1000;
    public const int MaxParams = 100;
    public const int MaxTags = 100;
    public const int MaxEntities = 1000;

    public static IEnumerable<LogBatchChunk> Split(IReadOnlyList<Metric> metrics,
        IReadOnlyList<KeyValuePair<string, string>> parameters, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        var metricOffset = 0;
        var paramOffset = 0;
        var tagOffset = 0;
        while (paramOffset < parameters.Count || tagOffset < tags.Count)
        {
            var paramChunk = Take(parameters, ref paramOffset, MaxParams);
            var tagChunk = Take(tags, ref tagOffset, MaxTags);
            var room = Math.Min(MaxEntities - paramChunk.Count - tagChunk.Count, MaxMetrics);
            yield return new LogBatchChunk(Take(metrics, ref metricOffset, room), paramChunk, tagChunk);
        }
        while (metricOffset < metrics.Count)
        {
            yield return new LogBatchChunk(Take(metrics, ref metricOffset, MaxMetrics), [], []);
        }
    }

    private static List<T> Take<T>(IReadOnlyList<T> items, ref int offset, int count)
    {
        var chunk = items.Skip(offset).Take(Math.Max(0, count)).ToList();
        offset += chunk.Count;
        return chunk;
    }
}

/// <summary>One log-batch request's share of a larger batch.</summary>
internal sealed record LogBatchChunk(
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<KeyValuePair<string, string>> Params,
    IReadOnlyList<KeyValuePair<string, string>> Tags);
