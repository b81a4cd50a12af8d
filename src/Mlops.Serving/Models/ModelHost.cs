using Mlops.Serving.AbTesting;

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
    private AbRouting? routing;
    private AbTestState? abState;

    public ServedModel? Current => Volatile.Read(ref current);

    /// <summary>The running A/B test's routing table, or null (no test: requests use <see cref="Current"/>).</summary>
    internal AbRouting? Routing => Volatile.Read(ref routing);

    /// <summary>The A/B test the server follows or failed to follow, for /ready; null when there is none.</summary>
    public AbTestState? AbState => Volatile.Read(ref abState);

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

    internal AbRouting? SwapRouting(AbRouting? next) => Interlocked.Exchange(ref routing, next);

    internal void RecordAbState(AbTestState? state) => Volatile.Write(ref abState, state);

    internal void RecordCheck(DateTimeOffset at) => Interlocked.Exchange(ref lastCheckTicks, at.UtcTicks);
}
