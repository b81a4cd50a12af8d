using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.Browser.Tests.Ui;

/// <summary>
/// The tracking server (and so the web UI) in-process on a free loopback port over a fresh SQLite store, seeded once
/// per test class with <see cref="UiSeed"/>'s experiment and runs.
/// </summary>
public sealed class UiServerFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("mlops-ui-tests").FullName;
    private SqliteStore? store;
    private RunningServer? server;

    public Uri BaseAddress => server?.BaseAddress ?? throw new InvalidOperationException("The server is not started.");

    public SqliteStore Store => store ?? throw new InvalidOperationException("The store is not open.");

    public UiSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var artifacts = Path.Combine(folder, "artifacts");
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), artifacts);
        Seed = await UiSeed.WriteAsync(store.Tracking, store.Artifacts, folder);
        var options = new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, artifacts) { Port = 0 };
        server = await TrackingServerApp.StartAsync(options, CancellationToken.None);
    }

    public Uri Url(string relative) => new(BaseAddress, relative.TrimStart('/'));

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        store?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
