using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

public abstract partial class TrackingStoreContract
{
    [ContractFact]
    public async Task CreateRun_WithName_RunningWithHexIdAndArtifactUri()
    {
        var experimentId = await NewExperimentAsync();

        var info = await Store.CreateRunAsync(experimentId, "rf-baseline", T0,
            new Dictionary<string, string> { ["mlflow.user"] = "peer" });
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Matches("^[0-9a-f]{32}$", info.RunId);
        Assert.Equal(experimentId, run.Info.ExperimentId);
        Assert.Equal("rf-baseline", run.Info.RunName);
        Assert.Equal(RunStatus.Running, run.Info.Status);
        Assert.Equal(T0, run.Info.StartTime);
        Assert.Null(run.Info.EndTime);
        Assert.EndsWith($"/{info.RunId}/artifacts", run.Info.ArtifactUri);
        Assert.Equal("peer", run.Tags["mlflow.user"]);
        Assert.Equal("rf-baseline", run.Tags["mlflow.runName"]);
    }

    [ContractFact]
    public async Task CreateRun_NoName_GeneratesName()
    {
        var info = await NewRunAsync(name: null);

        Assert.False(string.IsNullOrWhiteSpace(info.RunName));
    }

    [ContractFact]
    public async Task CreateRun_MissingExperiment_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateRunAsync("987654321", "r", T0));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task UpdateRun_Finished_StatusAndEndTimeStored()
    {
        var info = await NewRunAsync("r");

        var updated = await Store.UpdateRunAsync(info.RunId, RunStatus.Finished, T0 + 60_000);
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Equal(RunStatus.Finished, updated.Status);
        Assert.Equal(RunStatus.Finished, run.Info.Status);
        Assert.Equal(T0 + 60_000, run.Info.EndTime);
    }

    [ContractFact]
    public async Task GetRun_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.GetRunAsync("00000000000000000000000000000000"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Run with id=00000000000000000000000000000000 not found", error.Message);
    }

    [ContractFact]
    public async Task LogBatch_MetricsParamsTags_AllStored()
    {
        var info = await NewRunAsync("r");

        await Store.LogBatchAsync(info.RunId,
            [new Metric("accuracy", 0.9, T0, 0), new Metric("f1", 0.8, T0, 0)],
            new Dictionary<string, string> { ["trainer"] = "lightgbm", ["seed"] = "42" },
            new Dictionary<string, string> { ["dataset"] = "obesity" });
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Equal(0.9, run.Metrics.Single(m => m.Key == "accuracy").Value);
        Assert.Equal(0.8, run.Metrics.Single(m => m.Key == "f1").Value);
        Assert.Equal("lightgbm", run.Params["trainer"]);
        Assert.Equal("42", run.Params["seed"]);
        Assert.Equal("obesity", run.Tags["dataset"]);
    }

    [ContractFact]
    public async Task LogParam_SameValueTwice_Succeeds()
    {
        var info = await NewRunAsync("r");

        await Store.LogParamAsync(info.RunId, "seed", "42");
        await Store.LogParamAsync(info.RunId, "seed", "42");

        Assert.Equal("42", (await Store.GetRunAsync(info.RunId)).Params["seed"]);
    }

    [ContractFact]
    public async Task LogParam_DifferentValue_InvalidParameterValueNamingKeyAndValues()
    {
        var info = await NewRunAsync("r");
        await Store.LogParamAsync(info.RunId, "random_state", "42");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogParamAsync(info.RunId, "random_state", "43"));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Equal(
            $"Changing param values is not allowed. Param with key='random_state' was already logged with value='42' " +
            $"for run ID='{info.RunId}'. Attempted logging new value '43'.", error.Message);
    }

    [ContractFact]
    public async Task LogBatch_ParamConflict_WritesNothingFromTheBatch()
    {
        var info = await NewRunAsync("r");
        await Store.LogParamAsync(info.RunId, "seed", "42");

        await Assert.ThrowsAsync<MlopsException>(() => Store.LogBatchAsync(info.RunId,
            [new Metric("loss", 1.0, T0, 0)], new Dictionary<string, string> { ["seed"] = "7" },
            new Dictionary<string, string> { ["t"] = "v" }));
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Empty(run.Metrics);
        Assert.False(run.Tags.ContainsKey("t"));
    }

    [ContractFact]
    public async Task GetMetricHistory_ThreeSteps_ReturnsEveryPointInStepOrder()
    {
        var info = await NewRunAsync("r");
        await Store.LogMetricAsync(info.RunId, new Metric("accuracy", 0.93, T0 + 1, 1));
        await Store.LogMetricAsync(info.RunId, new Metric("accuracy", 0.91, T0, 0));
        await Store.LogMetricAsync(info.RunId, new Metric("accuracy", 0.94, T0 + 2, 2));

        var history = await Store.GetMetricHistoryAsync(info.RunId, "accuracy");

        Assert.Equal([0L, 1L, 2L], history.Select(m => m.Step));
        Assert.Equal([0.91, 0.93, 0.94], history.Select(m => m.Value));
        Assert.Equal(0.94, (await Store.GetRunAsync(info.RunId)).Metrics.Single().Value);
    }

    [ContractFact]
    public async Task LogMetric_NaNAndInfinities_StoredAsMlflowStoresThem()
    {
        var info = await NewRunAsync("r");

        await Store.LogBatchAsync(info.RunId,
            [new Metric("nan", double.NaN, T0), new Metric("pinf", double.PositiveInfinity, T0), new Metric("ninf", double.NegativeInfinity, T0)],
            new Dictionary<string, string>(), new Dictionary<string, string>());
        var run = await Store.GetRunAsync(info.RunId);

        Assert.True(double.IsNaN(run.Metrics.Single(m => m.Key == "nan").Value));
        // MLflow's SQL store keeps NaN but replaces ±infinity with the largest finite doubles.
        Assert.Equal(double.MaxValue, run.Metrics.Single(m => m.Key == "pinf").Value);
        Assert.Equal(double.MinValue, run.Metrics.Single(m => m.Key == "ninf").Value);
        Assert.Equal(double.MaxValue, (await Store.GetMetricHistoryAsync(info.RunId, "pinf")).Single().Value);
        Assert.True(double.IsNaN((await Store.GetMetricHistoryAsync(info.RunId, "nan")).Single().Value));
    }

    [ContractFact]
    public async Task LatestMetric_LowerStepLoggedLater_KeepsHighestStep()
    {
        var info = await NewRunAsync("r");
        await Store.LogMetricAsync(info.RunId, new Metric("loss", 0.1, T0, 5));
        await Store.LogMetricAsync(info.RunId, new Metric("loss", 0.9, T0 + 10, 1));

        var latest = (await Store.GetRunAsync(info.RunId)).Metrics.Single();

        Assert.Equal(0.1, latest.Value);
        Assert.Equal(5, latest.Step);
    }

    [ContractFact]
    public async Task LatestMetric_SameStepLaterTimestamp_Wins()
    {
        var info = await NewRunAsync("r");
        await Store.LogMetricAsync(info.RunId, new Metric("loss", 0.5, T0 + 10, 3));
        await Store.LogMetricAsync(info.RunId, new Metric("loss", 0.7, T0, 3));
        await Store.LogMetricAsync(info.RunId, new Metric("loss", 0.2, T0 + 20, 3));

        Assert.Equal(0.2, (await Store.GetRunAsync(info.RunId)).Metrics.Single().Value);
    }

    [ContractFact]
    public async Task SetTag_TwiceThenDelete_UpsertsThenRemoves()
    {
        var info = await NewRunAsync("r");
        await Store.SetTagAsync(info.RunId, "stage", "a");
        await Store.SetTagAsync(info.RunId, "stage", "b");
        Assert.Equal("b", (await Store.GetRunAsync(info.RunId)).Tags["stage"]);

        await Store.DeleteTagAsync(info.RunId, "stage");

        Assert.False((await Store.GetRunAsync(info.RunId)).Tags.ContainsKey("stage"));
    }

    [ContractFact]
    public async Task DeleteTag_Missing_ResourceDoesNotExist()
    {
        var info = await NewRunAsync("r");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.DeleteTagAsync(info.RunId, "nope"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains("nope", error.Message);
    }

    [ContractFact]
    public async Task LogMetric_UnknownRun_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.LogMetricAsync("0123", new Metric("a", 1, 1)));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Run with id=0123 not found", error.Message);
    }

    [ContractFact]
    public async Task DeleteRun_ThenLogAndRestore_RejectedWhileDeletedThenActive()
    {
        var info = await NewRunAsync("r");

        await Store.DeleteRunAsync(info.RunId);
        var deleted = await Store.GetRunAsync(info.RunId);
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogMetricAsync(info.RunId, new Metric("a", 1, 1)));
        await Store.RestoreRunAsync(info.RunId);

        Assert.Equal(LifecycleStage.Deleted, deleted.Info.LifecycleStage);
        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("active", error.Message);
        Assert.Equal(LifecycleStage.Active, (await Store.GetRunAsync(info.RunId)).Info.LifecycleStage);
    }

    [ContractFact]
    public async Task DeleteRun_Missing_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.DeleteRunAsync("ffffffffffffffffffffffffffffffff"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }
}
