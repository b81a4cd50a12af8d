using Microsoft.Extensions.Time.Testing;

namespace Mlops.Serving.Tests.Support;

/// <summary>
/// A fake clock that also says when a timer of a given period was created, so a test advances the clock only once the
/// server's poller is waiting on it (advancing earlier would be lost).
/// </summary>
public sealed class TimerWatchingTimeProvider(TimeSpan watchedPeriod) : FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))
{
    private readonly TaskCompletionSource created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a timer with the watched period exists.</summary>
    public Task TimerCreated => created.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (period == watchedPeriod)
        {
            created.TrySetResult();
        }
        return timer;
    }
}
