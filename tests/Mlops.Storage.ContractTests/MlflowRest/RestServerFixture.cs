using Microsoft.Data.Sqlite;
using Mlops.Storage.MlflowRest;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>
/// Our MLflow-compatible tracking server, in process on a free loopback port over a fresh temp SQLite store, and the
/// REST client pointed at it. Shared by one test class; the contracts use unique names per test.
/// </summary>
public sealed class RestServerFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-rest-{Guid.NewGuid():N}");
    private RunningServer? server;

    public MlflowRestStore Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var artifactRoot = Path.Combine(folder, "artifacts");
        var store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), artifactRoot);
        server = await TrackingServerApp.StartAsync(
            new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, artifactRoot) { Port = 0 }, CancellationToken.None);
        Client = MlflowRestStore.Open(new MlflowRestOptions(server.BaseAddress) { RetryDelay = TimeSpan.FromMilliseconds(10) });
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
