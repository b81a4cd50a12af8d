using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Metrics, params and tags replayed against recordings 09–15, 19, 65, 67 and 68.</summary>
public sealed class RunLoggingReplayTests
{
    private const string RunId = RunReplayTests.RunId;
    private const long T = RunReplayTests.T;
    private static readonly Dictionary<string, string> None = [];
    private readonly ReplayHandler handler = new();

    private ITrackingStore Store => ReplayStore.Open(handler).Tracking;

    [Fact]
    public async Task LogBatch_MetricsParamsTags_OneLogBatchRequest()
    {
        handler.Expect("09-runs-log-batch");

        await Store.LogBatchAsync(RunId,
            [new Metric("accuracy", 0.91, T, 0), new Metric("accuracy", 0.93, T + 1, 1), new Metric("f1_macro", 0.905, T, 0)],
            new Dictionary<string, string> { ["n_estimators"] = "200", ["max_depth"] = "12", ["model_type"] = "RandomForestClassifier" },
            new Dictionary<string, string> { ["dataset"] = "ObesityDataSet_raw_and_data_sinthetic.csv" });

        handler.AssertAllServed();
    }

    [Theory]
    [InlineData("10-runs-log-metric", "accuracy", 0.94, 2L, 2L)]
    [InlineData("11-runs-log-metric-nan", "loss_nan", double.NaN, 0L, 0L)]
    public async Task LogMetric_Single_UsesLogMetricEndpoint(string recording, string key, double value, long offset, long step)
    {
        handler.Expect(recording);

        await Store.LogMetricAsync(RunId, new Metric(key, value, T + offset, step));

        handler.AssertAllServed();
    }

    [Fact]
    public async Task LogParam_Single_UsesLogParameterEndpoint()
    {
        handler.Expect("12-runs-log-parameter");

        await Store.LogParamAsync(RunId, "random_state", "42");

        handler.AssertAllServed();
    }

    [Fact]
    public async Task LogParam_ChangedValue_InvalidParameterValueWithMlflowMessage()
    {
        handler.Expect("13-runs-log-parameter-conflict");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogParamAsync(RunId, "random_state", "43"));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Equal($"Changing param values is not allowed. Param with key='random_state' was already logged with value='42' " +
            $"for run ID='{RunId}'. Attempted logging new value '43'.", error.Message);
    }

    [Fact]
    public async Task SetTagThenDeleteTag_SendRecordedRequests()
    {
        handler.Expect("14-runs-set-tag").Expect("15-runs-delete-tag");

        await Store.SetTagAsync(RunId, "stage", "train");
        await Store.DeleteTagAsync(RunId, "stage");

        handler.AssertAllServed();
    }

    [Fact]
    public async Task GetMetricHistory_Recorded_EveryPointInStepOrder()
    {
        handler.Expect("19-metrics-get-history");

        var history = await Store.GetMetricHistoryAsync(RunId, "accuracy");

        Assert.Equal([0.91, 0.93, 0.94], history.Select(m => m.Value));
        Assert.Equal([0L, 1L, 2L], history.Select(m => m.Step));
    }

    [Fact]
    public async Task LogMetric_UnknownRun_ResourceDoesNotExist()
    {
        handler.Expect("65-validation-log-metric-unknown-run", "step");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogMetricAsync("0123", new Metric("a", 1, 1)));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Run with id=0123 not found", error.Message);
    }

    [Fact]
    public async Task LogMetric_DeletedRun_InvalidParameterValueNamingState()
    {
        const string deleted = "fb249deeae6f4e288db59703660f34d6";
        handler.Expect("67-runs-delete-third").Expect("68-validation-log-metric-on-deleted-run", "step");

        await Store.DeleteRunAsync(deleted);
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogMetricAsync(deleted, new Metric("a", 1, 1)));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("must be in the 'active' state", error.Message);
    }

    [Fact]
    public async Task LogBatch_Empty_SendsNothing()
    {
        await Store.LogBatchAsync(RunId, [], None, None);

        Assert.Empty(handler.Requests);
    }
}
