using Mlops.Cli.Tests.Support;
using Mlops.Core.Registry;
using Mlops.Lifecycle;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class TrackingAndRegistryTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task Run_Recorded_HasParamsMetricsTagsAndModelArtifacts()
    {
        var store = StoreProbe.Open(good.Workspace);
        var run = await store.Tracking.GetRunAsync(good.Report.RunId!);
        Assert.True(run.Params.Count >= 25, $"only {run.Params.Count} params");
        Assert.Equal("lightgbm", run.Params["model.trainer"]);
        var metrics = run.Metrics.Select(m => m.Key).ToHashSet();
        Assert.Contains("accuracy", metrics);
        Assert.Contains("macro_f1", metrics);
        Assert.Contains("per_class.Obesity_Type_III.f1", metrics);
        Assert.Contains("data.duplicates_removed", metrics);
        foreach (var tag in new[] { "params_hash", "data_hash", "trainer" })
        {
            Assert.True(run.Tags.ContainsKey(tag), $"missing tag {tag}");
        }
        Assert.Equal("28b6991062855d3d15642e38b1aa9d1b32fb7abbb5abf5b096f1868cd706154b", run.Tags["data_hash"]);
        var model = await store.Artifacts.ListAsync(run.Info.ArtifactUri, "model");
        var files = model.Select(e => Path.GetFileName(e.Path)).ToHashSet();
        Assert.Superset(new HashSet<string> { "MLmodel", "model.zip", "feature_transform.json", "input_example.json" }, files);
    }

    [Fact]
    public async Task Register_FirstGoodModel_IsStagingAndChampionWithLineage()
    {
        var store = StoreProbe.Open(good.Workspace);
        var version = await store.Registry.GetModelVersionByAliasAsync("obesity_classifier", "champion");
        Assert.Equal(ModelStage.Staging, version.Stage);
        Assert.Equal(good.Report.RunId, version.RunId);
        foreach (var tag in new[] { "validation_status", "trainer", "training_date", "params_hash", "transform_hash", "data_hash" })
        {
            Assert.True(version.Tags.ContainsKey(tag), $"missing version tag {tag}");
        }
    }

    [Fact]
    public async Task Register_WorseModel_GetsVersionButNotChampion()
    {
        using var ws = good.Workspace.CopyTo();
        var store = StoreProbe.Open(ws);
        var report = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts)
            .RunAsync(new PipelineRunOptions(ws.Root) { Overrides = ["model.lightgbm.num_iterations=3", "model.lightgbm.learning_rate=0.01"] });
        Assert.NotNull(report.Registration);
        Assert.False(report.Registration!.BecameChampion);
        var champion = await store.Registry.GetModelVersionByAliasAsync("obesity_classifier", "champion");
        Assert.Equal(1, champion.Version);
        Assert.Equal(2, report.Registration.Version);
        Assert.Equal(1, report.Registration.PreviousChampion);
        Assert.StartsWith("accuracy ", report.Registration.Reasons[0]);
        Assert.StartsWith("not crowned: ", report.Registration.ChampionReason);
    }
}
