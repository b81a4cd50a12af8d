using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// Applies <see cref="ServingOptions.PredictionLogRetention"/> every <see cref="ServingOptions.PredictionLogPruneInterval"/>,
/// starting one interval (at most a minute) after start so it is not on the start-up path. Failure policy as for the
/// writer: a failing prune is logged and retried at the next tick; serving and logging go on. Several replicas may
/// prune the same store: deletes of the same batches are idempotent.
/// </summary>
public sealed partial class PredictionLogRetainer(PredictionLogQueue queue, ServingOptions options, ServingMetrics metrics, TimeProvider time,
    ILogger<PredictionLogRetainer> logger) : BackgroundService
{
    private static readonly TimeSpan FirstPruneAtMost = TimeSpan.FromMinutes(1);

    /// <summary>Raised after each prune, so tests wait on it instead of polling.</summary>
    public event Action<PredictionPruneResult>? Pruned;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue.Log is not { } log || options.PredictionLogRetention.KeepsAll)
        {
            return;
        }
        var first = options.PredictionLogPruneInterval < FirstPruneAtMost ? options.PredictionLogPruneInterval : FirstPruneAtMost;
        try
        {
            await Task.Delay(first, time, stoppingToken);
            using var timer = new PeriodicTimer(options.PredictionLogPruneInterval, time);
            do
            {
                await PruneOnceAsync(log, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the next server prunes what is left.
        }
    }

    private async Task PruneOnceAsync(IPredictionLog log, CancellationToken ct)
    {
        try
        {
            var result = await log.PruneAsync(options.PredictionLogRetention.PruneAt(time.GetUtcNow()), ct);
            metrics.LogPruned.Inc(result.Rows);
            if (result.Rows > 0)
            {
                LogPrunedRows(result.Rows, result.Batches);
            }
            Pruned?.Invoke(result);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogPruneFailed(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prediction log retention: deleted {Rows} prediction(s) in {Batches} batch(es)")]
    private partial void LogPrunedRows(long rows, long batches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prediction log retention failed; retrying at the next interval: {Error}")]
    private partial void LogPruneFailed(string error);
}
