using Mlops.Cli.Tests.Support;
using Mlops.Lifecycle;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>A run records the params and metrics of the stages behind its outputs, never stale ones.</summary>
public sealed class LineageTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task PipelineRun_PartialRerunAfterVariant_RecordsOnlyWhatItsStagesUsedAndProduced()
    {
        using var ws = good.Workspace.CopyTo();
        var store = StoreProbe.Open(ws);
        var pipeline = new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts);
        var variant = await pipeline.RunAsync(new PipelineRunOptions(ws.Root) { Overrides = ["features.set=habits_only"] });

        var partial = await pipeline.RunAsync(new PipelineRunOptions(ws.Root) { TargetStage = "features" });

        Assert.Equal(["features"], partial.Stages.Ran);
        var first = await store.Tracking.GetRunAsync(variant.RunId!);
        var second = await store.Tracking.GetRunAsync(partial.RunId!);
        Assert.Equal("habits_only", first.Params["features.set"]);
        Assert.Contains(first.Metrics, m => m.Key == "accuracy");
        Assert.Equal("full", second.Params["features.set"]);
        // train, evaluate and register are stale now: their params and the habits_only metrics are not this run's.
        Assert.DoesNotContain(second.Metrics, m => m.Key == "accuracy" || m.Key.StartsWith("train.", StringComparison.Ordinal));
        Assert.False(second.Params.ContainsKey("model.trainer"));
        Assert.Contains(second.Metrics, m => m.Key == "data.duplicates_removed");
        Assert.Equal("preprocess,features", second.Tags["mlops.lineage_stages"]);
        Assert.DoesNotContain("accuracy", partial.HeadlineMetrics.Keys);

        var diff = CliProcess.Run(ws.Root, "params", "diff", variant.RunId!, partial.RunId!, "--tracking-uri", ws.TrackingUri);
        Assert.True(diff.ExitCode == 0, diff.Output);
        Assert.Contains("features.set", diff.Stdout);
        Assert.DoesNotContain("No param differs", diff.Stdout);
    }
}
