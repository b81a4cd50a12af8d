using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer.Tests.Hosting;

namespace Mlops.TrackingServer.Tests;

/// <summary>The tracking API as DI registrations plus endpoints: another endpoint in the same app sees the same stores.</summary>
public sealed class MlflowTrackingExtensionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mlops-tracking-di-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteStore store;

    public MlflowTrackingExtensionsTests() => store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Artifacts);

    private string Artifacts => Path.Combine(folder, "artifacts");

    [Fact]
    public async Task MapMlflowTracking_EndpointMountedBesideTheApi_ResolvesTheTrackingStoreTheApiUses()
    {
        var (tracking, recorder) = RecordingStore.Wrap<ITrackingStore>(store.Tracking);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddMlflowTracking(new TrackingServerOptions(tracking, store.Registry, store.Artifacts, Artifacts));
        await using var app = builder.Build();
        app.MapMlflowTracking();
        // As a web UI mounted in the same app would: the store comes from DI, not from the options.
        app.MapPost("/probe/experiments/{name}", (string name, ITrackingStore resolved) => resolved.CreateExperimentAsync(name));
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var probe = await client.PostAsync("/probe/experiments/from-probe", null);
        var id = await probe.Content.ReadAsStringAsync();
        var (status, body) = await Json.GetAsync(client, "/api/2.0/mlflow/experiments/get-by-name?experiment_name=from-probe");

        Assert.Equal(200, status);
        Assert.Equal(id, body!["experiment"]!["experiment_id"]!.GetValue<string>());
        Assert.Equal(["CreateExperimentAsync", "GetExperimentByNameAsync"], recorder.Calls);
    }

    [Fact]
    public async Task Build_TrackingStoreReplacedInConfigure_ApiServesFromTheRegisteredInstance()
    {
        var (tracking, recorder) = RecordingStore.Wrap<ITrackingStore>(store.Tracking);
        var options = new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, Artifacts);
        await using var app = TrackingServerApp.Build(options, configure: builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<ITrackingStore>(tracking);
        });
        await app.StartAsync();
        using var client = app.GetTestClient();

        var (status, _) = await Json.GetAsync(client, "/api/2.0/mlflow/experiments/get?experiment_id=0");

        Assert.Equal(200, status);
        Assert.Equal(["GetExperimentAsync"], recorder.Calls);
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
