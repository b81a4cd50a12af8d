using System.Buffers;
using System.Diagnostics;
using Mlops.Serving.Apis;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// Scores the answered requests' rows with every shadow variant, off the request path, and logs them with the shadow
/// flag and the answered rows' prediction ids. What is queued is scored together (up to <see cref="MaxGroupRows"/> rows
/// in one batch call: the scorer's vector path takes 8 rows at a time), then logged per request. Failure policy: rows
/// that cannot be scored are counted as dropped for that variant and logged; serving never notices.
/// </summary>
internal sealed partial class ShadowScorer(ShadowQueue queue, PredictionLogQueue log, ILogger<ShadowScorer> logger) : BackgroundService
{
    private const int MaxGroupRows = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<ShadowWork>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var rows = 0;
                while (rows < MaxGroupRows && queue.Reader.TryRead(out var work))
                {
                    if (group.Count > 0 && !ReferenceEquals(work.Routing, group[0].Routing))
                    {
                        Score(group);
                        group.Clear();
                        rows = 0;
                    }
                    group.Add(work);
                    rows += work.Ids.Length;
                }
                if (group.Count > 0)
                {
                    Score(group);
                    group.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Complete();
        }
    }

    /// <summary>Scores requests of one routing table together; every work item is given back to the pool and the queue.</summary>
    private void Score(List<ShadowWork> group)
    {
        var routing = group[0].Routing;
        var inputs = routing.Control.Model.InputCount;
        var rows = 0;
        foreach (var work in group)
        {
            rows += work.Ids.Length;
        }
        var values = ArrayPool<double>.Shared.Rent(rows * inputs);
        try
        {
            var at = 0;
            foreach (var work in group)
            {
                work.Values.AsSpan(0, work.Ids.Length * inputs).CopyTo(values.AsSpan(at));
                at += work.Ids.Length * inputs;
            }
            foreach (var shadow in routing.Shadows)
            {
                ScoreWith(shadow, group, values.AsSpan(0, rows * inputs), rows);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            foreach (var work in group)
            {
                ArrayPool<double>.Shared.Return(work.Values);
                queue.Done(work.Ids.Length);
            }
        }
    }

    private void ScoreWith(AbRoute shadow, List<ShadowWork> group, ReadOnlySpan<double> values, int rows)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var (probabilities, predicted) = BatchScoring.Score(shadow.Model, values, rows);
            var latencyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds / rows;
            var inputs = shadow.Model.InputCount;
            var width = shadow.Model.OutputWidth;
            var row = 0;
            foreach (var work in group)
            {
                var n = work.Ids.Length;
                if (log.Enabled)
                {
                    log.TryAdd(shadow.Schema, work.Ids, work.UnixMilliseconds, values.Slice(row * inputs, n * inputs),
                        probabilities.AsSpan(row * width, n * width), predicted.AsSpan(row, n), latencyMs * n);
                }
                row += n;
            }
            shadow.Counter?.Inc(rows);
        }
        catch (Exception e)
        {
            shadow.Dropped?.Inc(rows);
            LogScoreFailed(e, shadow.Variant.Name, rows);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shadow variant {Variant} could not score {Rows} row(s)")]
    private partial void LogScoreFailed(Exception exception, string variant, int rows);
}
