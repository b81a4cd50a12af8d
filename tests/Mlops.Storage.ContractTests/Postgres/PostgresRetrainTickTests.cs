using Mlops.Lifecycle;
using Mlops.Lifecycle.Retraining;
using Mlops.Lifecycle.Tests.Retraining;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.Predictions;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>One retrain tick against PostgreSQL: lease, child run, gate, the alias moved compare-and-set with its history.</summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresRetrainTickTests(PostgresServerFixture server)
{
    [ContractFact]
    public async Task RunTickAsync_CandidateBeatsAWeakChampion_MovesTheAliasWithHistoryAndReleasesTheLease()
    {
        var database = await server.CreateDatabaseAsync();
        var workspace = CopyWorkspace();
        await using var store = PostgresStore.Open(database, Path.Combine(workspace, "artifacts"));
        var first = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts).RunAsync(new PipelineRunOptions(workspace)
        {
            Overrides = ["model.trainer=sdca", "registry.staging_threshold=0.5"],
        });
        var champion = first.Registration!.Version;
        var log = new PostgresPredictionLog(store.Database);
        // TODO(#14): the store's own leases once they are in this build.
        var leases = new MemoryLeaseStore(TimeProvider.System);
        var parameters = LifecyclePipeline.Load(new PipelineRunOptions(workspace)).Params;
        var request = new RetrainRequest(workspace, parameters,
            new RetrainStores(new StoreSet(store.Tracking, store.Registry, store.Artifacts), log, log, leases)) { Actor = "pg-retrain" };
        var steps = new RetrainerSteps(
            (r, _) => Task.FromResult(new TriggerReport(r.ModelName, r.Time.GetUtcNow(), null,
                [new TriggerResult("new_labels", true, true, "600 labels", new Dictionary<string, double> { ["labels_since"] = 600 })])),
            (r, _, folder, _) => Task.FromResult(RetrainTestData.Build(r.Workspace, folder)));

        var outcome = await new Retrainer(steps).RunTickAsync(request);

        Assert.Equal(RetrainTickStatus.Promoted, outcome.Status);
        var candidate = outcome.Gate!.CandidateVersion;
        Assert.Equal(candidate, (await store.Registry.GetRegisteredModelAsync(request.ModelName)).Aliases[request.ChampionAlias]);
        var move = (await store.Registry.ListAliasMovesAsync(request.ModelName, request.ChampionAlias))[^1];
        Assert.Equal((champion, candidate, "pg-retrain"), (move.FromVersion!.Value, move.ToVersion!.Value, move.Actor));
        Assert.StartsWith("new holdout: passed", move.Reason);
        Assert.Null(await leases.FindAsync(RetrainerLease.NameOf(request.ModelName)));
        var child = await store.Tracking.GetRunAsync(outcome.ChildRunId!);
        Assert.Equal(outcome.ParentRunId, child.Tags[Retrainer.ParentRunTag]);
    }

    private static string CopyWorkspace()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repo!.FullName, "Mlops.slnx")))
        {
            repo = repo.Parent;
        }
        var workspace = Path.Combine(Path.GetTempPath(), $"mlops-pg-retrain-{Guid.NewGuid():N}");
        foreach (var file in new[] { "params.yaml", "pipeline.yaml", RetrainTestData.Raw })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(workspace, file))!);
            File.Copy(Path.Combine(repo.FullName, file), Path.Combine(workspace, file));
        }
        return workspace;
    }
}
