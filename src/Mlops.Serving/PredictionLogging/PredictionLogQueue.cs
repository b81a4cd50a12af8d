using System.Threading.Channels;
using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// The hand-off between requests and the prediction-log writer. Overload policy: the queue holds at most
/// <see cref="ServingOptions.PredictionLogCapacity"/> rows; a request that would pass it is still answered but its
/// predictions are dropped (newest dropped, never blocking a request) and counted in
/// mlops_prediction_log_dropped_total{reason="queue_full"}.
/// </summary>
public sealed class PredictionLogQueue
{
    private readonly Channel<PendingPredictions> channel =
        Channel.CreateUnbounded<PendingPredictions>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly ServingMetrics metrics;
    private readonly int capacity;
    private long pendingRows;

    public PredictionLogQueue(ServingOptions options, ServingMetrics metrics, IPredictionLog? log = null)
    {
        this.metrics = metrics;
        capacity = options.PredictionLogCapacity;
        Log = log;
    }

    /// <summary>False when the server has no prediction log: requests then skip building entries at all.</summary>
    public bool Enabled => Log is not null;

    /// <summary>Rows accepted but not yet written (or failed).</summary>
    public long PendingRows => Interlocked.Read(ref pendingRows);

    internal IPredictionLog? Log { get; }

    internal ChannelReader<PendingPredictions> Reader => channel.Reader;

    internal bool TryEnqueue(PendingPredictions entry)
    {
        var rows = entry.Rows;
        if (Interlocked.Add(ref pendingRows, rows) > capacity)
        {
            Interlocked.Add(ref pendingRows, -rows);
            metrics.LogDropped("queue_full", rows);
            return false;
        }
        if (!channel.Writer.TryWrite(entry))
        {
            Interlocked.Add(ref pendingRows, -rows);
            metrics.LogDropped("shutdown", rows);
            return false;
        }
        metrics.LogQueued.Inc(rows);
        return true;
    }

    internal void Done(int rows)
    {
        Interlocked.Add(ref pendingRows, -rows);
        metrics.LogQueued.Dec(rows);
    }

    internal void Complete() => channel.Writer.TryComplete();

    /// <summary>Waits until every accepted row is written (or has failed); for tests and orderly shutdown.</summary>
    public async Task FlushAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (PendingRows > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, ct);
        }
    }
}
