using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// The hand-off between requests and the prediction-log writer: a request copies its parsed inputs and outputs into
/// the open columnar <see cref="PredictionBatch"/> under a short lock (no allocation, no formatting), and the writer
/// takes the filled batches on its own schedule. Overload policy: at most <see cref="ServingOptions.PredictionLogCapacity"/>
/// rows wait; a multi-row request first waits (<see cref="WaitForRoomAsync"/>, at most
/// <see cref="ServingOptions.PredictionLogMaxWait"/>) for the writer to make room, so bulk scoring is paced by the log
/// rather than losing it; a request that still would pass it is answered but its predictions are dropped (newest
/// dropped) and counted in mlops_prediction_log_dropped_total{reason="queue_full"}. Single-row requests never wait.
/// </summary>
public sealed class PredictionLogQueue
{
    private const int MaxSpareBatches = 4;
    private const int InitialBatchRows = 256;
    private const int MaxOpenBatches = 8;
    private readonly Lock gate = new();
    private readonly Queue<PredictionBatch> filled = new();
    private readonly Stack<PredictionBatch> spare = new();
    private readonly ServingMetrics metrics;
    private readonly TimeProvider time;
    private readonly int capacity;
    private readonly int batchSize;
    // One open batch per schema: during an A/B test rows of two or more variants interleave, and sealing on every
    // change of schema would write nearly one stored batch per row.
    private readonly List<PredictionBatch> open = [];
    private TaskCompletionSource roomMade = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long pendingRows;
    private bool completed;

    public PredictionLogQueue(ServingOptions options, ServingMetrics metrics, TimeProvider time, IPredictionLog? log = null)
    {
        this.metrics = metrics;
        this.time = time;
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
        ReadOnlySpan<float> probabilities, ReadOnlySpan<int> predicted, double latencyMs) =>
        TryAdd(model.LogSchema, ids, unixMilliseconds, inputs, probabilities, predicted, latencyMs);

    /// <summary>Queues rows under <paramref name="schema"/> (an A/B variant's, which carries its assignment); one instance per variant.</summary>
    internal bool TryAdd(PredictionSchema schema, ReadOnlySpan<Guid> ids, long unixMilliseconds, ReadOnlySpan<double> inputs,
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
                var batch = OpenFor(schema, rows);
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

    /// <summary>
    /// Waits until <paramref name="rows"/> more rows fit in the queue, the queue is completed, or
    /// <paramref name="maxWait"/> passed; the caller then calls TryAdd, which drops the rows if they still do not fit.
    /// </summary>
    internal async ValueTask WaitForRoomAsync(int rows, TimeSpan maxWait, CancellationToken ct)
    {
        try
        {
            await WaitUntilAsync(() => completed || rows > capacity || pendingRows + rows <= capacity, maxWait, ct);
        }
        catch (OperationCanceledException)
        {
            // An aborted request stops waiting; TryAdd then decides as for any other.
        }
    }

    /// <summary>Takes every filled batch and the open ones (oldest first) for writing.</summary>
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
            SignalRoom();
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
            SignalRoom();
        }
    }

    /// <summary>
    /// Waits until every accepted row is written (or has failed), or <paramref name="timeout"/> passed; for tests and
    /// orderly shutdown. Woken by the writer's <see cref="Done"/>, not by polling.
    /// </summary>
    public async Task FlushAsync(TimeSpan timeout, CancellationToken ct = default) =>
        await WaitUntilAsync(() => pendingRows == 0, timeout, ct);

    // Waits until the condition (checked under the gate) holds or maxWait passed; woken by SignalRoom, not by polling.
    private async ValueTask WaitUntilAsync(Func<bool> holds, TimeSpan maxWait, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + maxWait;
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (holds())
                {
                    return;
                }
                signal = roomMade.Task;
            }
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            try
            {
                await signal.WaitAsync(left, time, ct);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    private PredictionBatch OpenFor(PredictionSchema schema, int rows)
    {
        for (var i = 0; i < open.Count; i++)
        {
            var batch = open[i];
            if (ReferenceEquals(batch.Schema, schema))
            {
                if (batch.Count + rows <= batchSize)
                {
                    return batch;
                }
                open.RemoveAt(i);
                filled.Enqueue(batch);
                break;
            }
        }
        if (open.Count == MaxOpenBatches)
        {
            filled.Enqueue(open[0]);
            open.RemoveAt(0);
        }
        PredictionBatch? next = null;
        while (spare.TryPop(out var reused))
        {
            if (ReferenceEquals(reused.Schema, schema))
            {
                next = reused;
                break;
            }
        }
        next ??= new PredictionBatch(schema, Math.Min(InitialBatchRows, batchSize));
        open.Add(next);
        return next;
    }

    // Under the gate: wakes every waiter and arms a fresh signal for the next ones.
    private void SignalRoom()
    {
        var made = roomMade;
        roomMade = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        made.SetResult();
    }

    private void Seal()
    {
        foreach (var batch in open)
        {
            if (batch.Count > 0)
            {
                filled.Enqueue(batch);
            }
        }
        open.Clear();
    }
}
