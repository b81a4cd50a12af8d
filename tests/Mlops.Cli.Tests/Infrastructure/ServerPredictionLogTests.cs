using Mlops.Cli.Infrastructure;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.Cli.Tests.Infrastructure;

/// <summary>What `mlops serve` learns up front about the prediction log behind an http tracking URI.</summary>
public sealed class ServerPredictionLogTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-cli-probe-{Guid.NewGuid():N}");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WithoutAbsentServerLog_ServerWithOrWithoutLog_KeptOrDropped(bool serverKeepsLog)
    {
        using var store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts"));
        await using var server = await TrackingServerApp.StartAsync(
            new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, Path.Combine(folder, "artifacts"))
            {
                Port = 0,
                PredictionLog = serverKeepsLog ? store.PredictionLog : null,
                PredictionFeedback = serverKeepsLog ? store.PredictionLog : null,
            }, CancellationToken.None);

        var opened = StoreFactory.Open(server.BaseUrl);
        var probed = await opened.WithoutAbsentServerLogAsync(CancellationToken.None);

        Assert.NotNull(opened.PredictionLog);
        Assert.Equal(serverKeepsLog, probed.PredictionLog is not null);
        Assert.Equal(serverKeepsLog, probed.PredictionFeedback is not null);
    }

    [Fact]
    public async Task WithoutAbsentServerLog_SqliteStore_Unchanged()
    {
        var stores = StoreFactory.Open($"sqlite:///{Path.Combine(folder, "local.db")}");

        var probed = await stores.WithoutAbsentServerLogAsync(CancellationToken.None);

        Assert.NotNull(probed.PredictionLog);
        Assert.Same(stores.PredictionLog, probed.PredictionLog);
        Assert.Same(stores.PredictionFeedback, probed.PredictionFeedback);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
