using Mlops.Cli.Tests.Support;
using Mlops.Lifecycle;
using Mlops.Pipeline.Running;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class PipelineCachingTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    private static readonly string[] AllStages = ["preprocess", "features", "validate_features", "train", "evaluate", "register"];

    [Fact]
    public void FirstRun_FreshWorkspace_RunsEveryStageInOrder()
    {
        Assert.Equal(AllStages, good.Report.Stages.Ran);
        Assert.NotNull(good.Report.RunId);
    }

    [Fact]
    public async Task Run_NothingChanged_SkipsEveryStageAndRecordsNoRun()
    {
        using var ws = good.Workspace.CopyTo();
        var report = await RunAsync(ws);
        Assert.Empty(report.Stages.Ran);
        Assert.All(report.Stages.Stages, s => Assert.Equal(StageOutcome.Skipped, s.Outcome));
        Assert.Null(report.RunId);
    }

    [Fact]
    public async Task Run_ModelParamChanged_RerunsTrainEvaluateRegisterOnly()
    {
        using var ws = good.Workspace.CopyTo();
        var report = await RunAsync(ws, "model.lightgbm.num_iterations=60");
        Assert.Equal(["train", "evaluate", "register"], report.Stages.Ran);
        Assert.Contains(report.Stages["train"].Reasons, r => r.Contains("model.lightgbm.num_iterations"));
    }

    [Fact]
    public async Task Run_RawCsvChanged_RerunsEveryStage()
    {
        using var ws = good.Workspace.CopyTo();
        RawCsv.DropLastRow(ws);
        var report = await RunAsync(ws);
        Assert.Equal(AllStages, report.Stages.Ran);
    }

    [Fact]
    public async Task Run_SameParamsAndData_WritesIdenticalMetricsJson()
    {
        using var fresh = Workspace.Create();
        await RunAsync(fresh);
        Assert.Equal(File.ReadAllBytes(good.Workspace.PathOf("reports/metrics.json")), File.ReadAllBytes(fresh.PathOf("reports/metrics.json")));
        Assert.Equal(File.ReadAllBytes(good.Workspace.PathOf("models/feature_transform.json")), File.ReadAllBytes(fresh.PathOf("models/feature_transform.json")));
    }

    [Fact]
    public void Run_DefaultParams_MeetsAccuracyAndMacroF1Floor()
    {
        Assert.True(good.Report.HeadlineMetrics["accuracy"] >= 0.97, $"accuracy {good.Report.HeadlineMetrics["accuracy"]}");
        Assert.True(good.Report.HeadlineMetrics["macro_f1"] >= 0.97, $"macro_f1 {good.Report.HeadlineMetrics["macro_f1"]}");
    }

    [Fact]
    public async Task Run_HabitsOnlyFeatureSet_CompletesEndToEnd()
    {
        using var ws = good.Workspace.CopyTo();
        var report = await RunAsync(ws, "features.set=habits_only");
        Assert.Equal(["features", "validate_features", "train", "evaluate", "register"], report.Stages.Ran);
        Assert.NotNull(report.Registration);
        Assert.DoesNotContain("BMI", File.ReadAllText(ws.PathOf("data/processed/train.csv")).Split('\n')[0].Split(','));
    }

    [Fact]
    public async Task Run_StageOption_RunsOnlyThatStageAndWhatItNeeds()
    {
        using var ws = Workspace.Create();
        var report = await RunAsync(ws, stage: "features");
        Assert.Equal(["preprocess", "features"], report.Stages.Ran);
        Assert.False(File.Exists(ws.PathOf("models/model.zip")));
    }

    private static async Task<PipelineRunReport> RunAsync(Workspace ws, string? set = null, string? stage = null)
    {
        var store = StoreProbe.Open(ws);
        var options = new PipelineRunOptions(ws.Root) { Overrides = set is null ? [] : [set], TargetStage = stage };
        return await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts).RunAsync(options);
    }
}
