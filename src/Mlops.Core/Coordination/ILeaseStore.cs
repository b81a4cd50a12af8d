namespace Mlops.Core.Coordination;

/// <summary>
/// Mutual exclusion across processes and machines that share a store: at most one unexpired lease per name. Expiry is
/// what lets the next holder in after a crash. Implemented by the SQLite and PostgreSQL stores and, over its REST API,
/// by a remote `mlops server` (same contract tests).
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes <paramref name="name"/> for <paramref name="duration"/> when it is free or expired; null when another holder has it.</summary>
    Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default);

    /// <summary>Extends a held lease to now + <paramref name="duration"/>; null when it was lost (expired and taken, or released).</summary>
    Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken ct = default);

    /// <summary>Frees the lease if it is still this one (same token); releasing a lost lease changes nothing.</summary>
    Task ReleaseAsync(Lease lease, CancellationToken ct = default);

    /// <summary>The unexpired lease on <paramref name="name"/>, or null.</summary>
    Task<Lease?> FindAsync(string name, CancellationToken ct = default);
}
