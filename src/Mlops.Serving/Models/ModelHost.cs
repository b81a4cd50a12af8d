namespace Mlops.Serving.Models;

/// <summary>
/// The model being served. Requests read <see cref="Current"/> once and score on that instance, so a swap never
/// changes a model under a request that is already running.
/// </summary>
public sealed class ModelHost
{
    private ServedModel? current;
    private ReloadFailure? lastFailure;
    private long lastCheckTicks;

    public ServedModel? Current => Volatile.Read(ref current);

    /// <summary>The last failed resolve or load since the served version last changed, or null.</summary>
    public ReloadFailure? LastFailure => Volatile.Read(ref lastFailure);

    /// <summary>When the registry was last asked which version the URI names.</summary>
    public DateTimeOffset? LastCheckedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref lastCheckTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    internal ServedModel? Swap(ServedModel next)
    {
        var previous = Interlocked.Exchange(ref current, next);
        Volatile.Write(ref lastFailure, null);
        return previous;
    }

    internal void RecordFailure(ReloadFailure failure) => Volatile.Write(ref lastFailure, failure);

    internal void ClearFailure() => Volatile.Write(ref lastFailure, null);

    internal void RecordCheck(DateTimeOffset at) => Interlocked.Exchange(ref lastCheckTicks, at.UtcTicks);
}
