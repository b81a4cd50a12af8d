using Mlops.Core.Coordination;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>An in-process lease store on a TimeProvider, for ticks whose lease behaviour is under test.</summary>
public sealed class MemoryLeaseStore(TimeProvider time) : ILeaseStore
{
    private readonly Dictionary<string, Lease> _leases = [];
    private long _token;

    public int Releases { get; private set; }

    public Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        lock (_leases)
        {
            var now = time.GetUtcNow();
            if (_leases.TryGetValue(name, out var held) && held.ExpiresAt > now)
            {
                return Task.FromResult<Lease?>(null);
            }
            var lease = new Lease(name, holder, ++_token, now, now + duration);
            _leases[name] = lease;
            return Task.FromResult<Lease?>(lease);
        }
    }

    public Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken ct = default)
    {
        lock (_leases)
        {
            var now = time.GetUtcNow();
            if (!_leases.TryGetValue(lease.Name, out var held) || held.Token != lease.Token || held.ExpiresAt <= now)
            {
                return Task.FromResult<Lease?>(null);
            }
            var renewed = held with { ExpiresAt = now + duration };
            _leases[lease.Name] = renewed;
            return Task.FromResult<Lease?>(renewed);
        }
    }

    public Task ReleaseAsync(Lease lease, CancellationToken ct = default)
    {
        lock (_leases)
        {
            if (_leases.TryGetValue(lease.Name, out var held) && held.Token == lease.Token)
            {
                _leases.Remove(lease.Name);
                Releases++;
            }
            return Task.CompletedTask;
        }
    }

    public Task<Lease?> FindAsync(string name, CancellationToken ct = default)
    {
        lock (_leases)
        {
            return Task.FromResult(_leases.TryGetValue(name, out var held) && held.ExpiresAt > time.GetUtcNow() ? held : null);
        }
    }
}
