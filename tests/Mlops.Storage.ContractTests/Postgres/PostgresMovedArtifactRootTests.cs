using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>Locations inside the artifact root are stored relative to it, so reopening with another root follows it.</summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresMovedArtifactRootTests(PostgresServerFixture server)
{
    [ContractFact]
    public async Task Open_AnotherArtifactRoot_LocationsRunUrisAndSourcesFollowIt()
    {
        var database = await server.CreateDatabaseAsync();
        var first = Path.Combine(Path.GetTempPath(), $"mlops-pg-first-{Guid.NewGuid():N}");
        var second = Path.Combine(Path.GetTempPath(), $"mlops-pg-second-{Guid.NewGuid():N}");
        string experimentId, runId;
        await using (var store = PostgresStore.Open(database, first))
        {
            experimentId = await store.Tracking.CreateExperimentAsync("e");
            var run = await store.Tracking.CreateRunAsync(experimentId, null, 1);
            runId = run.RunId;
            await store.Registry.CreateRegisteredModelAsync("m");
            await store.Registry.CreateModelVersionAsync("m", run.ArtifactUri + "/model", runId);
        }

        await using var reopened = PostgresStore.Open(database, second);
        var experiment = await reopened.Tracking.GetExperimentAsync(experimentId);
        var reread = await reopened.Tracking.GetRunAsync(runId);
        var version = Assert.Single(await reopened.Registry.ListModelVersionsAsync("m"));

        var runUri = Path.Combine(second, experimentId, runId, "artifacts");
        Assert.Equal(Path.Combine(second, experimentId), experiment.ArtifactLocation);
        Assert.Equal(Path.Combine(second, "0"), (await reopened.Tracking.GetExperimentAsync("0")).ArtifactLocation);
        Assert.Equal(runUri, reread.Info.ArtifactUri);
        Assert.Equal(Path.Combine(runUri, "model"), version.Source);
    }
}
