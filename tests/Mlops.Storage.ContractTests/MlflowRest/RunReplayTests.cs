using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Run lifecycle replayed against recordings 08, 17, 18, 30, 31, 33, 34, 36 and 66.</summary>
public sealed class RunReplayTests
{
    public const string RunId = "c0c7b3d9aac24ee6aee0922ca8db876b";
    public const long T = 1795716265795;
    private readonly ReplayHandler handler = new();

    private ITrackingStore Store => ReplayStore.Open(handler).Tracking;

    [Fact]
    public async Task CreateRun_WithTags_SendsRecordedRequestAndMapsInfo()
    {
        handler.Expect("08-runs-create");

        var info = await Store.CreateRunAsync("1", "rf-baseline", T,
            new Dictionary<string, string> { ["mlflow.user"] = "peer", ["mlflow.source.name"] = "csharp-client" });

        Assert.Equal(new RunInfo(RunId, "1", "rf-baseline", RunStatus.Running, T, null,
            $"mlflow-artifacts:/1/{RunId}/artifacts", LifecycleStage.Active), info);
    }

    [Theory]
    [InlineData("33-runs-create-second", "to-delete")]
    [InlineData("66-runs-create-third", "deleted-then-log")]
    public async Task CreateRun_NoTags_SendsNoTagsField(string recording, string name)
    {
        handler.Expect(recording);

        var info = await Store.CreateRunAsync("1", name, T);

        Assert.Equal(name, info.RunName);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task GetRun_Recorded_MapsMetricsWithNaNParamsAndTags()
    {
        handler.Expect("17-runs-get");

        var run = await Store.GetRunAsync(RunId);

        Assert.Equal(["accuracy", "f1_macro", "loss_nan"], run.Metrics.Select(m => m.Key));
        Assert.Equal(new Metric("accuracy", 0.94, T + 2, 2), run.Metrics[0]);
        Assert.True(double.IsNaN(run.Metrics[2].Value));
        Assert.Equal("42", run.Params["random_state"]);
        Assert.Equal(4, run.Params.Count);
        Assert.Equal("rf-baseline", run.Tags["mlflow.runName"]);
        Assert.Null(run.Info.EndTime);
    }

    [Fact]
    public async Task GetRun_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        handler.Expect("18-runs-get-missing");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.GetRunAsync("00000000000000000000000000000000"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Run with id=00000000000000000000000000000000 not found", error.Message);
    }

    [Fact]
    public async Task UpdateRun_Finished_SendsRecordedRequestThenGetShowsEndTime()
    {
        handler.Expect("30-runs-update-finished").Expect("31-runs-get-after-finish");

        var updated = await Store.UpdateRunAsync(RunId, RunStatus.Finished, T + 60_000);
        var run = await Store.GetRunAsync(RunId);

        Assert.Equal(RunStatus.Finished, updated.Status);
        Assert.Equal(T + 60_000, updated.EndTime);
        Assert.Equal(T + 60_000, run.Info.EndTime);
        Assert.Equal(RunStatus.Finished, run.Info.Status);
    }

    [Fact]
    public async Task DeleteThenRestore_SendRecordedRequests()
    {
        handler.Expect("34-runs-delete").Expect("36-runs-restore");

        await Store.DeleteRunAsync("9032a8439fa24ee9933918599a62532b");
        await Store.RestoreRunAsync("9032a8439fa24ee9933918599a62532b");

        handler.AssertAllServed();
    }
}
