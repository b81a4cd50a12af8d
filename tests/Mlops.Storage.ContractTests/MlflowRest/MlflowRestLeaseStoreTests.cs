using Microsoft.Data.Sqlite;
using Mlops.Core.Coordination;
using Mlops.Storage.MlflowRest;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>
/// Leases through the REST client against our tracking server on a SQLite store whose clock is the contract's; the second
/// store is another client of the same server, as another machine would be.
/// </summary>
public sealed class MlflowRestLeaseStoreTests : LeaseStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-rest-lease-{Guid.NewGuid():N}");
    private readonly List<MlflowRestStore> clients = [];
    private SqliteStore? store;
    private RunningServer? server;

    protected override async Task<ILeaseStore> CreateAsync(TimeProvider time)
    {
        var artifactRoot = Path.Combine(folder, "artifacts");
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), artifactRoot, time);
        server = await TrackingServerApp.StartAsync(
            new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, artifactRoot) { Port = 0, Leases = store.Leases },
            CancellationToken.None);
        return Client();
    }

    protected override Task<ILeaseStore> OpenSecondAsync() => Task.FromResult(Client());

    protected override async Task DisposeStoreAsync()
    {
        clients.ForEach(c => c.Dispose());
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        store?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private ILeaseStore Client()
    {
        var client = MlflowRestStore.Open(new MlflowRestOptions(server!.BaseAddress) { RetryDelay = TimeSpan.FromMilliseconds(10) });
        clients.Add(client);
        return client.Leases;
    }
}
