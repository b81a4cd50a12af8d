using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>Artifact locations inside the store's artifact folder are kept relative to it, so a moved workspace still works.</summary>
public sealed class SqliteMovedWorkspaceTests : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("mlops-moved-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(parent, recursive: true);
    }

    [Fact]
    public async Task Open_WorkspaceMoved_LocationsRunUrisAndSourcesFollowIt()
    {
        var before = Path.Combine(parent, "before");
        var after = Path.Combine(parent, "after");
        string experimentId, runId;
        using (var store = SqliteStore.Open(Path.Combine(before, "mlops.db"), Path.Combine(before, "artifacts")))
        {
            experimentId = await store.Tracking.CreateExperimentAsync("e");
            var run = await store.Tracking.CreateRunAsync(experimentId, null, 1);
            runId = run.RunId;
            await store.Registry.CreateRegisteredModelAsync("m");
            await store.Registry.CreateModelVersionAsync("m", run.ArtifactUri + "/model", runId);
            await store.Registry.CreateModelVersionAsync("m", $"runs:/{runId}/model", runId);
        }
        SqliteConnection.ClearAllPools();
        Directory.Move(before, after);

        using var moved = SqliteStore.Open(Path.Combine(after, "mlops.db"), Path.Combine(after, "artifacts"));
        var experiment = await moved.Tracking.GetExperimentAsync(experimentId);
        var reread = await moved.Tracking.GetRunAsync(runId);
        var found = await moved.Tracking.SearchRunsAsync(new Core.Tracking.RunSearch([experimentId], MaxResults: 10,
            ViewType: Core.Tracking.ViewType.ActiveOnly));
        var versions = await moved.Registry.ListModelVersionsAsync("m");

        var runUri = Path.Combine(after, "artifacts", experimentId, runId, "artifacts");
        Assert.Equal(Path.Combine(after, "artifacts", experimentId), experiment.ArtifactLocation);
        Assert.Equal(runUri, reread.Info.ArtifactUri);
        Assert.Equal(runUri, Assert.Single(found.Items).Info.ArtifactUri);
        Assert.Equal([Path.Combine(runUri, "model"), $"runs:/{runId}/model"], versions.Select(v => v.Source));
    }

    [Fact]
    public async Task Create_LocationOutsideArtifactFolder_StoredAndReturnedAsGiven()
    {
        var elsewhere = Path.Combine(parent, "elsewhere");
        using var store = SqliteStore.Open(Path.Combine(parent, "ws", "mlops.db"), Path.Combine(parent, "ws", "artifacts"));

        var id = await store.Tracking.CreateExperimentAsync("e", elsewhere);
        var run = await store.Tracking.CreateRunAsync(id, null, 1);

        Assert.Equal(elsewhere, (await store.Tracking.GetExperimentAsync(id)).ArtifactLocation);
        Assert.Equal($"{elsewhere}/{run.RunId}/artifacts", (await store.Tracking.GetRunAsync(run.RunId)).Info.ArtifactUri);
    }
}
