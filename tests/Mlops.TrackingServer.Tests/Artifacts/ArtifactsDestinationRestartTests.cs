using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite;

namespace Mlops.TrackingServer.Tests.Artifacts;

public sealed class ArtifactsDestinationRestartTests
{
    [Fact]
    public async Task Restart_AnotherDestination_ClientsStillToldProxiedUris()
    {
        var folder = Directory.CreateTempSubdirectory("mlops-restart-").FullName;
        try
        {
            var database = Path.Combine(folder, "mlops.db");
            string experimentId, runId;
            await using (var first = await StartAsync(database, Path.Combine(folder, "first")))
            {
                var (_, created) = await Json.PostAsync(first.Client, "api/2.0/mlflow/experiments/create", new { name = "e" });
                experimentId = created!["experiment_id"]!.GetValue<string>();
                var (_, run) = await Json.PostAsync(first.Client, "api/2.0/mlflow/runs/create", new { experiment_id = experimentId });
                runId = run!["run"]!["info"]!["run_id"]!.GetValue<string>();
            }

            await using var second = await StartAsync(database, Path.Combine(folder, "second"));
            var (_, experiment) = await Json.GetAsync(second.Client, $"api/2.0/mlflow/experiments/get?experiment_id={experimentId}");
            var (_, reread) = await Json.GetAsync(second.Client, $"api/2.0/mlflow/runs/get?run_id={runId}");

            Assert.Equal($"mlflow-artifacts:/{experimentId}", experiment!["experiment"]!["artifact_location"]!.GetValue<string>());
            Assert.Equal($"mlflow-artifacts:/{experimentId}/{runId}/artifacts", reread!["run"]!["info"]!["artifact_uri"]!.GetValue<string>());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Server> StartAsync(string database, string destination)
    {
        var store = SqliteStore.Open(database, destination);
        var running = await TrackingServerApp.StartAsync(
            new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, destination) { Port = 0 }, CancellationToken.None);
        return new Server(store, running);
    }

    private sealed class Server(SqliteStore store, RunningServer running) : IAsyncDisposable
    {
        public HttpClient Client { get; } = new() { BaseAddress = running.BaseAddress };

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await running.DisposeAsync();
            store.Dispose();
        }
    }
}
