using Microsoft.Extensions.Time.Testing;
using Mlops.Core.Coordination;

namespace Mlops.Storage.ContractTests;

/// <summary>Leases every backend shares: one unexpired holder per name, tokens that grow, a lost lease that changes nothing.</summary>
public abstract class LeaseStoreContract : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));

    protected ILeaseStore Leases { get; private set; } = null!;

    /// <summary>A lease store on a fresh database whose clock is <paramref name="time"/>.</summary>
    protected abstract Task<ILeaseStore> CreateAsync(TimeProvider time);

    /// <summary>A second, independent store instance (own connections) on the same database and clock.</summary>
    protected abstract Task<ILeaseStore> OpenSecondAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Leases = await CreateAsync(Time);

    Task IAsyncLifetime.DisposeAsync() => DisposeStoreAsync();

    private static string Name() => $"retrain/model_{Guid.NewGuid():N}";

    [ContractFact]
    public async Task TryAcquire_Free_ReturnsLeaseUntilNowPlusDuration()
    {
        var name = Name();

        var lease = await Leases.TryAcquireAsync(name, "host-a", Minute);

        Assert.NotNull(lease);
        Assert.Equal((name, "host-a", Time.GetUtcNow(), Time.GetUtcNow() + Minute), (lease.Name, lease.Holder, lease.AcquiredAt, lease.ExpiresAt));
        Assert.Equal(lease, await Leases.FindAsync(name));
    }

    [ContractFact]
    public async Task TryAcquire_HeldByAnother_ReturnsNull()
    {
        var name = Name();
        var first = await Leases.TryAcquireAsync(name, "host-a", Minute);

        var second = await Leases.TryAcquireAsync(name, "host-b", Minute);

        Assert.Null(second);
        Assert.Equal(first, await Leases.FindAsync(name));
    }

    [ContractFact]
    public async Task TryAcquire_AfterExpiry_SecondHolderGetsLargerTokenAndFirstHolderCannotTouchIt()
    {
        var name = Name();
        var first = (await Leases.TryAcquireAsync(name, "host-a", Minute))!;
        Time.Advance(Minute + TimeSpan.FromSeconds(1));

        Assert.Null(await Leases.FindAsync(name));
        var second = await Leases.TryAcquireAsync(name, "host-b", Minute);
        Assert.NotNull(second);
        Assert.True(second.Token > first.Token);

        Assert.Null(await Leases.RenewAsync(first, Minute));
        await Leases.ReleaseAsync(first);
        Assert.Equal(second, await Leases.FindAsync(name));
    }

    [ContractFact]
    public async Task Renew_Held_ExtendsFromNow()
    {
        var name = Name();
        var lease = (await Leases.TryAcquireAsync(name, "host-a", Minute))!;
        Time.Advance(TimeSpan.FromSeconds(50));

        var renewed = await Leases.RenewAsync(lease, Minute);
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(Time.GetUtcNow() - TimeSpan.FromSeconds(30) + Minute, renewed?.ExpiresAt);
        Assert.Equal(lease.Token, renewed?.Token);
        Assert.Null(await Leases.TryAcquireAsync(name, "host-b", Minute));
    }

    [ContractFact]
    public async Task Release_Held_FreesForTheNextHolderWithALargerToken()
    {
        var name = Name();
        var lease = (await Leases.TryAcquireAsync(name, "host-a", Minute))!;

        await Leases.ReleaseAsync(lease);

        Assert.Null(await Leases.FindAsync(name));
        Assert.Null(await Leases.RenewAsync(lease, Minute));
        Assert.True((await Leases.TryAcquireAsync(name, "host-b", Minute))?.Token > lease.Token);
    }

    [ContractFact]
    public async Task TryAcquire_ManyConcurrentAcrossTwoStores_ExactlyOneWins()
    {
        var name = Name();
        var stores = new[] { Leases, await OpenSecondAsync() };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            stores[i % 2].TryAcquireAsync(name, $"holder-{i}", Minute))));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await stores[1].FindAsync(name));
    }
}
