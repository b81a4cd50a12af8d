using System.Net;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>How the REST prediction log finds out whether the server keeps one: once, on first use, a 404 meaning "none".</summary>
public sealed class MlopsRestPredictionLogProbeTests
{
    private const string Experiment = """{"experiment": {"experiment_id": "0", "name": "Default"}}""";

    [Fact]
    public async Task TrackingCall_NoLogUsed_NoServerInfoRequest()
    {
        var stub = new StubHandler().Respond(Experiment);

        await ReplayStore.Open(stub).Tracking.GetExperimentAsync("0");

        Assert.Equal(["GET /api/2.0/mlflow/experiments/get?experiment_id=0"], stub.Urls);
    }

    [Fact]
    public async Task List_MlflowServerAnswers404Html_ClearErrorNamingTheOptionAndAskedOnce()
    {
        var stub = new StubHandler().Respond("<!doctype html><title>404 Not Found</title>", HttpStatusCode.NotFound, "text/html");
        var log = ReplayStore.Open(stub).PredictionLog;

        var first = await Assert.ThrowsAsync<MlopsException>(() => log.ListAsync(new PredictionQuery()));
        var second = await Assert.ThrowsAsync<MlopsException>(() => log.RecordLabelsAsync([new PredictionLabel("x", "y")], (_, _, _) => default));

        Assert.Equal(ErrorCode.InvalidParameterValue, first.Code);
        Assert.Contains("has no prediction log", first.Message, StringComparison.Ordinal);
        Assert.Contains("--prediction-log-uri", first.Message, StringComparison.Ordinal);
        Assert.Contains("--prediction-log-uri", second.Message, StringComparison.Ordinal);
        Assert.Equal(["GET /api/2.0/mlops/server-info"], stub.Urls);
    }

    [Fact]
    public async Task HasPredictionLog_ServerSaysSo_TrueAndLabelsAsTold()
    {
        var stub = new StubHandler().Respond("""{"prediction_log": true, "labels": false}""");
        var log = ReplayStore.Open(stub).PredictionLog;

        Assert.True(await log.HasPredictionLogAsync());
        Assert.False(await log.HasLabelsAsync());
        Assert.Single(stub.Urls);
    }

    [Fact]
    public async Task HasPredictionLog_ServerDownThenUp_FailureNotRemembered()
    {
        var stub = new StubHandler().Fail(new HttpRequestException("Connection refused")).Fail(new HttpRequestException("Connection refused"))
            .Fail(new HttpRequestException("Connection refused")).Respond("""{"prediction_log": true, "labels": true}""");
        var log = ReplayStore.Open(stub).PredictionLog;

        await Assert.ThrowsAsync<MlopsException>(() => log.HasPredictionLogAsync());

        Assert.True(await log.HasPredictionLogAsync());
    }
}
