using Mlops.Core.Coordination;
using Mlops.Core.Errors;

namespace Mlops.Storage.Relational.Coordination;

/// <summary>
/// Leases in the <c>leases</c> table of a SQLite or PostgreSQL store. Acquiring is one upsert that only overwrites an
/// expired row, so of concurrent acquirers (tasks, processes, machines) exactly one gets a row back. Release keeps the
/// row (expired) so the next token is still larger. Times come from the store's clock, never the caller's.
/// </summary>
public sealed class RelationalLeaseStore : ILeaseStore
{
    private const string Columns = "name, holder, token, acquired_at, expires_at";

    private readonly IRelationalDatabase database;
    private readonly TimeProvider time;

    public RelationalLeaseStore(IRelationalDatabase database, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        time = timeProvider ?? TimeProvider.System;
    }

    public Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        Require(name, nameof(name));
        Require(holder, nameof(holder));
        RequirePositive(duration);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(async s => (await s.QueryAsync(
            $"""
            INSERT INTO leases ({Columns}) VALUES (@name, @holder, 1, @now, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = leases.token + 1,
                acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
            WHERE leases.expires_at <= @now
            RETURNING {Columns};
            """, ReadLease, ct, ("@name", name), ("@holder", holder), ("@now", now),
            ("@expires", now + (long)duration.TotalMilliseconds))).SingleOrDefault(), ct);
    }

    /// <summary>A lease that expired but was not taken yet can still be renewed: nobody else holds a larger token.</summary>
    public Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        RequirePositive(duration);
        var expires = time.GetUtcNow().ToUnixTimeMilliseconds() + (long)duration.TotalMilliseconds;
        return database.WriteAsync(async s => (await s.QueryAsync(
            $"UPDATE leases SET expires_at = @expires WHERE name = @name AND token = @token AND expires_at > 0 RETURNING {Columns};",
            ReadLease, ct, ("@expires", expires), ("@name", lease.Name), ("@token", lease.Token))).SingleOrDefault(), ct);
    }

    public Task ReleaseAsync(Lease lease, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(s => s.ExecuteAsync("UPDATE leases SET expires_at = 0 WHERE name = @name AND token = @token;", ct,
            ("@name", lease.Name), ("@token", lease.Token)), ct);
    }

    public Task<Lease?> FindAsync(string name, CancellationToken ct = default)
    {
        Require(name, nameof(name));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return database.ReadAsync(async s => (await s.QueryAsync($"SELECT {Columns} FROM leases WHERE name = @name AND expires_at > @now;",
            ReadLease, ct, ("@name", name), ("@now", now))).SingleOrDefault(), ct);
    }

    private static Lease? ReadLease(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)));

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw MlopsException.Invalid($"Lease {field} cannot be empty.");
        }
    }

    private static void RequirePositive(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw MlopsException.Invalid($"Lease duration must be positive, got {duration}.");
        }
    }
}
