using System.Buffers;
using System.Threading.Channels;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// The hand-off from answered requests to the shadow scorer. Bounded in rows (<see cref="ServingOptions.ShadowQueueCapacity"/>):
/// a request whose rows do not fit is answered as always and its shadow scoring dropped (counted in
/// mlops_shadow_dropped_total{variant}); adding never blocks and never waits.
/// </summary>
public sealed class ShadowQueue(ServingOptions options)
{
    private readonly Channel<ShadowWork> channel = Channel.CreateUnbounded<ShadowWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private TaskCompletionSource idle = NewSignal();
    private long pendingRows;

    internal ChannelReader<ShadowWork> Reader => channel.Reader;

    /// <summary>Rows queued or being scored.</summary>
    public long PendingRows => Interlocked.Read(ref pendingRows);

    /// <summary>Copies the request's parsed rows for the shadows; false (and counted per shadow) when they do not fit.</summary>
    internal bool TryAdd(AbRouting routing, Guid[] ids, long unixMilliseconds, ReadOnlySpan<double> values)
    {
        var rows = ids.Length;
        if (Interlocked.Add(ref pendingRows, rows) > options.ShadowQueueCapacity)
        {
            Done(rows);
            foreach (var shadow in routing.Shadows)
            {
                shadow.Dropped?.Inc(rows);
            }
            return false;
        }
        var copy = ArrayPool<double>.Shared.Rent(values.Length);
        values.CopyTo(copy);
        channel.Writer.TryWrite(new ShadowWork(routing, ids, unixMilliseconds, copy));
        return true;
    }

    /// <summary>The scorer is done with <paramref name="rows"/> rows (scored or dropped).</summary>
    internal void Done(int rows)
    {
        if (Interlocked.Add(ref pendingRows, -rows) == 0)
        {
            lock (gate)
            {
                var signal = idle;
                idle = NewSignal();
                signal.SetResult();
            }
        }
    }

    /// <summary>Waits until nothing is queued or being scored, or <paramref name="timeout"/> passed; for tests.</summary>
    public async Task WaitIdleAsync(TimeSpan timeout)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        while (PendingRows > 0)
        {
            Task signal;
            lock (gate)
            {
                signal = idle.Task;
            }
            if (PendingRows == 0)
            {
                return;
            }
            var left = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            try
            {
                await signal.WaitAsync(left).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    internal void Complete() => channel.Writer.TryComplete();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
