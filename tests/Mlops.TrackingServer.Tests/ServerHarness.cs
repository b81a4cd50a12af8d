using Microsoft.Extensions.Logging;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;

namespace Mlops.TrackingServer.Tests;

/// <summary>A real server on a free loopback port over a fresh SQLite store in a temp folder; disposing removes both.</summary>
public sealed class ServerHarness : IAsyncDisposable
{
    private ServerHarness(string folder, SqliteStore store, RunningServer server, CollectingLoggerProvider serverLog)
    {
        ServerLog = serverLog;
        Folder = folder;
        Store = store;
        Server = server;
        Client = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public string Folder { get; }

    public string ArtifactsFolder => Path.Combine(Folder, "artifacts");

    public SqliteStore Store { get; }

    /// <summary>The server's warnings and errors.</summary>
    public CollectingLoggerProvider ServerLog { get; }

    public RunningServer Server { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts the server; <paramref name="time"/> (a fake clock, say) stamps what the store and the server write. With
    /// <paramref name="predictionLog"/> it serves the store's prediction log and labels too, as `mlops server` does.
    /// </summary>
    public static async Task<ServerHarness> StartAsync(string? authToken = null, Func<TrackingServerOptions, TrackingServerOptions>? configure = null,
        TimeProvider? time = null, bool predictionLog = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mlops-server-tests-" + Guid.NewGuid().ToString("N"));
        var artifacts = Path.Combine(folder, "artifacts");
        var store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), artifacts, time);
        var options = new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, artifacts)
        {
            Port = 0, AuthToken = authToken, Time = time ?? TimeProvider.System,
            PredictionLog = predictionLog ? store.PredictionLog : null, PredictionFeedback = predictionLog ? store.PredictionLog : null,
        };
        options = configure?.Invoke(options) ?? options;
        var serverLog = new CollectingLoggerProvider();
        var server = await TrackingServerApp.StartAsync(options, CancellationToken.None, builder => builder.Logging.AddProvider(serverLog));
        return new ServerHarness(folder, store, server, serverLog);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
