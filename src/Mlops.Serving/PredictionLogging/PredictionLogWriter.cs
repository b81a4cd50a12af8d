using Mlops.Serving.Metrics;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// Writes what the queue holds every <see cref="ServingOptions.PredictionLogFlushInterval"/>, one append per batch, off
/// the request path. Failure policy: a failing store never breaks serving; the batch is counted as dropped (reason
/// write_error), logged, and the writer goes on. On shutdown it refuses new rows and writes what is queued.
/// </summary>
public sealed partial class PredictionLogWriter(PredictionLogQueue queue, ServingOptions options, ServingMetrics metrics, TimeProvider time,
    ILogger<PredictionLogWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue.Log is null)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.PredictionLogFlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteQueuedAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the final drain below still runs.
        }
        queue.Complete();
        await WriteQueuedAsync();
    }

    private async Task WriteQueuedAsync()
    {
        foreach (var batch in queue.TakeAll())
        {
            var rows = batch.Count;
            try
            {
                // Not cancellable: a batch is either written whole or counted as dropped.
                await queue.Log!.AppendAsync(batch, CancellationToken.None);
                metrics.LogWritten.Inc(rows);
            }
            catch (Exception e)
            {
                metrics.LogDropped("write_error", rows);
                LogWriteFailed(rows, e.Message);
            }
            finally
            {
                queue.Done(batch);
            }
        }
        metrics.LogQueued.Set(queue.PendingRows);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prediction log: {Rows} prediction(s) could not be written and were dropped: {Error}")]
    private partial void LogWriteFailed(int rows, string error);
}
