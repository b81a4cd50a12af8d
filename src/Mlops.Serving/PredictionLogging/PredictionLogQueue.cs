using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// The hand-off between requests and the prediction-log writer: a request copies its parsed inputs and outputs into
/// the open columnar <see cref="PredictionBatch"/> under a short lock (no allocation, no formatting), and the writer
/// takes the filled batches on its own schedule. Overload policy: at most <see cref="ServingOptions.PredictionLogCapacity"/>
/// rows wait; a request that would pass it is still answered but its predictions are dropped (newest dropped, never
/// blocking a request) and counted in mlops_prediction_log_dropped_total{reason="queue_full"}.
/// </summary>
public sealed class PredictionLogQueue
{
    private const int MaxSpareBatches = 4;
    private const int InitialBatchRows = 256;
    private readonly Lock gate = new();
    private readonly Queue<PredictionBatch> filled = new();
    private readonly Stack<PredictionBatch> spare = new();
    private readonly ServingMetrics metrics;
    private readonly int capacity;
    private readonly int batchSize;
    private PredictionBatch? open;
    private long pendingRows;
    private bool completed;

    public PredictionLogQueue(ServingOptions options, ServingMetrics metrics, IPredictionLog? log = null)
    {
        this.metrics = metrics;
        capacity = options.PredictionLogCapacity;
        batchSize = options.PredictionLogBatchSize;
        Log = log;
    }

    /// <summary>False when the server has no prediction log: requests then skip logging at all.</summary>
    public bool Enabled => Log is not null;

    /// <summary>Rows accepted but not yet written (or failed).</summary>
    public long PendingRows => Interlocked.Read(ref pendingRows);

    internal IPredictionLog? Log { get; }

    /// <summary>Queues one scored row; false (and counted) when it was dropped.</summary>
    internal bool TryAdd(ServedModel model, Guid id, long unixMilliseconds, ReadOnlySpan<double> inputs, ReadOnlySpan<float> probabilities,
        int predicted, double latencyMs) =>
        TryAdd(model, new ReadOnlySpan<Guid>(in id), unixMilliseconds, inputs, probabilities, new ReadOnlySpan<int>(in predicted), latencyMs);

    /// <summary>Queues the rows of one request, all or none; false (and counted) when they were dropped.</summary>
    internal bool TryAdd(ServedModel model, ReadOnlySpan<Guid> ids, long unixMilliseconds, ReadOnlySpan<double> inputs,
        ReadOnlySpan<float> probabilities, ReadOnlySpan<int> predicted, double latencyMs)
    {
        var rows = ids.Length;
        string? dropped = null;
        lock (gate)
        {
            if (completed)
            {
                dropped = "shutdown";
            }
            else if (pendingRows + rows > capacity)
            {
                dropped = "queue_full";
            }
            else
            {
                var batch = OpenFor(model.LogSchema, rows);
                batch.Add(ids, unixMilliseconds, inputs, probabilities, predicted, latencyMs);
                Interlocked.Add(ref pendingRows, rows);
            }
        }
        if (dropped is not null)
        {
            metrics.LogDropped(dropped, rows);
            return false;
        }
        return true;
    }

    /// <summary>Takes every filled batch and the open one (oldest first) for writing.</summary>
    internal List<PredictionBatch> TakeAll()
    {
        lock (gate)
        {
            Seal();
            var batches = new List<PredictionBatch>(filled);
            filled.Clear();
            return batches;
        }
    }

    /// <summary>The writer is done with <paramref name="batch"/> (written or failed): its rows stop counting and its buffers may be reused.</summary>
    internal void Done(PredictionBatch batch)
    {
        lock (gate)
        {
            Interlocked.Add(ref pendingRows, -batch.Count);
            batch.Clear();
            if (spare.Count < MaxSpareBatches)
            {
                spare.Push(batch);
            }
        }
    }

    /// <summary>Refuses rows from now on (they are counted as dropped with reason shutdown).</summary>
    internal void Complete()
    {
        lock (gate)
        {
            completed = true;
        }
    }

    /// <summary>Waits until every accepted row is written (or has failed); for tests and orderly shutdown.</summary>
    public async Task FlushAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (PendingRows > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, ct);
        }
    }

    private PredictionBatch OpenFor(PredictionSchema schema, int rows)
    {
        if (open is not null && (!ReferenceEquals(open.Schema, schema) || open.Count + rows > batchSize))
        {
            Seal();
        }
        if (open is null)
        {
            while (spare.TryPop(out var reused))
            {
                if (ReferenceEquals(reused.Schema, schema))
                {
                    open = reused;
                    break;
                }
            }
            open ??= new PredictionBatch(schema, Math.Min(InitialBatchRows, batchSize));
        }
        return open;
    }

    private void Seal()
    {
        if (open is { Count: > 0 })
        {
            filled.Enqueue(open);
            open = null;
        }
    }
}
