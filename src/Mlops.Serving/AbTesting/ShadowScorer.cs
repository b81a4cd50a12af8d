using System.Buffers;
using System.Diagnostics;
using Mlops.Serving.Apis;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// Scores the answered requests' rows with every shadow variant, off the request path, and logs them with the shadow
/// flag and the answered rows' prediction ids. Failure policy: a row that cannot be scored is counted as dropped for
/// that variant and logged; serving never notices.
/// </summary>
internal sealed partial class ShadowScorer(ShadowQueue queue, PredictionLogQueue log, ILogger<ShadowScorer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                Score(work);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Complete();
        }
    }

    private void Score(ShadowWork work)
    {
        var rows = work.Ids.Length;
        try
        {
            foreach (var shadow in work.Routing.Shadows)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var values = work.Values.AsSpan(0, rows * shadow.Model.InputCount);
                    var (probabilities, predicted) = BatchScoring.Score(shadow.Model, values, rows);
                    if (log.Enabled)
                    {
                        log.TryAdd(shadow.Schema, work.Ids, work.UnixMilliseconds, values, probabilities, predicted,
                            Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                    shadow.Counter?.Inc(rows);
                }
                catch (Exception e)
                {
                    shadow.Dropped?.Inc(rows);
                    LogScoreFailed(e, shadow.Variant.Name, rows);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work.Values);
            queue.Done(rows);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shadow variant {Variant} could not score {Rows} row(s)")]
    private partial void LogScoreFailed(Exception exception, string variant, int rows);
}
