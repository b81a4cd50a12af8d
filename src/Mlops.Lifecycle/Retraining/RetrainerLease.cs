using Mlops.Core.Coordination;
using Mlops.Core.Errors;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The lease "retrain/&lt;model&gt;" held for one tick: renewed every third of its duration while the tick works, and
/// released on dispose. A renewal that finds it lost cancels <see cref="Token"/>, so the tick stops before its
/// compare-and-set instead of racing the new holder.
/// </summary>
public sealed class RetrainerLease : IAsyncDisposable
{
    private readonly ILeaseStore _store;
    private readonly TimeSpan _duration;
    private readonly CancellationTokenSource _lost;
    private readonly Task _renewing;
    private Lease _lease;

    private RetrainerLease(ILeaseStore store, Lease lease, TimeSpan duration, TimeProvider time, CancellationToken ct)
    {
        _store = store;
        _lease = lease;
        _duration = duration;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _renewing = RenewAsync(time, _lost.Token);
    }

    public static string NameOf(string modelName) => $"retrain/{modelName}";

    /// <summary>Cancelled when the caller cancels or the lease is lost.</summary>
    public CancellationToken Token => _lost.Token;

    public bool Lost { get; private set; }

    /// <summary>The lease, or the lease another holder has (null when it was freed meanwhile: try again).</summary>
    public static async Task<(RetrainerLease? Held, Lease? Other)> TryTakeAsync(ILeaseStore store, string modelName, string holder,
        TimeSpan duration, TimeProvider time, CancellationToken ct)
    {
        var name = NameOf(modelName);
        if (await store.TryAcquireAsync(name, holder, duration, ct) is { } lease)
        {
            return (new RetrainerLease(store, lease, duration, time, ct), null);
        }
        return (null, await store.FindAsync(name, ct));
    }

    /// <summary>Throws when the lease was lost: the last check before the champion alias moves.</summary>
    public void EnsureHeld()
    {
        if (Lost)
        {
            throw new MlopsException(ErrorCode.InvalidState,
                $"the lease {_lease.Name} was lost (not renewed in time and taken by another holder); the champion was not changed");
        }
    }

    private async Task RenewAsync(TimeProvider time, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_duration / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                Lease? renewed;
                try
                {
                    renewed = await _store.RenewAsync(_lease, _duration, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A store hiccup is not a lost lease: the next renewal, well before expiry, tries again.
                    continue;
                }
                if (renewed is not null)
                {
                    _lease = renewed;
                    continue;
                }
                Lost = true;
                await _lost.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The tick ended or was cancelled.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lost.CancelAsync();
        await _renewing;
        if (!Lost)
        {
            await _store.ReleaseAsync(_lease, CancellationToken.None);
        }
        _lost.Dispose();
    }
}
