using Microsoft.Data.Sqlite;
using Mlops.Storage.MlflowRest;
using Mlops.Storage.MlflowRest.Predictions;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>
/// Our tracking server in process over a fresh temp SQLite store whose prediction log and labels it serves, and the REST
/// client's prediction log pointed at it: the prediction contracts run through the wire against the SQLite log.
/// </summary>
public sealed class PredictionServer : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-rest-log-{Guid.NewGuid():N}");
    private SqliteStore? store;
    private RunningServer? server;
    private MlflowRestStore? client;

    public MlopsRestPredictionLog Log => client!.PredictionLog;

    /// <summary>The server's own store, for what the contracts read with the backend's SQL.</summary>
    public SqliteStore Store => store!;

    public async Task<PredictionServer> StartAsync(TimeProvider time)
    {
        var artifactRoot = Path.Combine(folder, "artifacts");
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), artifactRoot, time);
        server = await TrackingServerApp.StartAsync(new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, artifactRoot)
        {
            Port = 0, PredictionLog = store.PredictionLog, PredictionFeedback = store.PredictionLog, Time = time,
        }, CancellationToken.None);
        client = MlflowRestStore.Open(new MlflowRestOptions(server.BaseAddress) { RetryDelay = TimeSpan.FromMilliseconds(10) });
        return this;
    }

    /// <summary>Stops the server and its store, runs <paramref name="sql"/> on the prediction log file, and starts both again on it.</summary>
    public async Task<PredictionServer> RestartAfterAsync(string sql, TimeProvider time)
    {
        var path = store!.PredictionLog.Path;
        await StopAsync();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        return await StartAsync(time);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task StopAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        store?.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
