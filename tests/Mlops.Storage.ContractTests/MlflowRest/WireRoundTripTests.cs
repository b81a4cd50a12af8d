using System.Text.Json;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Mlflow.Wire;
using Mlops.Mlflow.Wire.Json;
using Mlops.Mlflow.Wire.Registry;
using Mlops.Mlflow.Wire.Runs;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>
/// The server writes its answers with <see cref="MlflowJsonContext"/>; the REST client reads them through its own HTTP
/// path and mapping. Both sides use the same records, so these check that what one writes the other reads in full.
/// </summary>
public sealed class WireRoundTripTests
{
    private const string RunId = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task GetRun_AnswerWrittenByServerContext_ClientReadsEveryField()
    {
        var answer = new RunResponse(new RunDto(
            new RunInfoDto(RunId, "7", "sweep", "ana", "FAILED", 10, 20, $"mlflow-artifacts:/7/{RunId}/artifacts", "deleted", RunId),
            new RunDataDto(
                [new MetricDto("loss", double.NaN, 5, 1), new MetricDto("gain", double.NegativeInfinity, 6, 0)],
                [new KeyValueDto("lr", "0.1")],
                [new KeyValueDto("mlflow.user", "ana"), new KeyValueDto("team", "é\"x")]),
            new RunInputsDto(null)));
        var stub = new StubHandler().Respond(JsonSerializer.Serialize(answer, MlflowJsonContext.Default.RunResponse));

        var run = await ReplayStore.Open(stub).Tracking.GetRunAsync(RunId);

        Assert.Equal(new RunInfo(RunId, "7", "sweep", RunStatus.Failed, 10, 20, $"mlflow-artifacts:/7/{RunId}/artifacts",
            LifecycleStage.Deleted), run.Info);
        Assert.Equal(("loss", 5L, 1L), (run.Metrics[0].Key, run.Metrics[0].Timestamp, run.Metrics[0].Step));
        Assert.True(double.IsNaN(run.Metrics[0].Value));
        Assert.Equal(double.NegativeInfinity, run.Metrics[1].Value);
        Assert.Equal("0.1", run.Params["lr"]);
        Assert.Equal("é\"x", run.Tags["team"]);
    }

    [Fact]
    public async Task GetRegisteredModel_AnswerWrittenByServerContext_ClientReadsAliasesAndLatestVersions()
    {
        var version = new ModelVersionDto("churn", "3", 100, 200, "Staging", "", "mlflow-artifacts:/1/r/artifacts/model", null,
            "READY", [new KeyValueDto("validated", "true")], "", null);
        var answer = new RegisteredModelResponse(new RegisteredModelDto("churn", 50, 300, "", [version],
            [new KeyValueDto("task", "binary")], [new AliasDto("champion", "3")]));
        var stub = new StubHandler().Respond(JsonSerializer.Serialize(answer, MlflowJsonContext.Default.RegisteredModelResponse));

        var model = await ReplayStore.Open(stub).Registry.GetRegisteredModelAsync("churn");

        Assert.Equal(("churn", 50L, 300L, (string?)null), (model.Name, model.CreationTimestamp, model.LastUpdatedTimestamp, model.Description));
        Assert.Equal(3, model.Aliases["champion"]);
        Assert.Equal("binary", model.Tags["task"]);
        var latest = Assert.Single(model.LatestVersions);
        Assert.Equal((3, ModelStage.Staging, (string?)null, "true"), (latest.Version, latest.Stage, latest.RunId, latest.Tags["validated"]));
    }

    [Fact]
    public async Task CreateRun_BodyWrittenByClient_ServerContextReadsEveryField()
    {
        var created = new RunResponse(new RunDto(new RunInfoDto(RunId, "7", "a", "", "RUNNING", 10, null, "", "active", RunId), null, null));
        var stub = new StubHandler().Respond(JsonSerializer.Serialize(created, MlflowJsonContext.Default.RunResponse));

        await ReplayStore.Open(stub).Tracking.CreateRunAsync("7", "a", 10, new Dictionary<string, string> { ["k"] = "v" });
        var request = JsonSerializer.Deserialize(stub.Bodies[0], MlflowJsonContext.Default.CreateRunRequest)!;

        Assert.Equal(("7", "a", 10L, (string?)null), (request.ExperimentId, request.RunName, request.StartTime, request.UserId));
        Assert.Equal([new KeyValueDto("k", "v")], request.Tags!);
    }

    [Theory]
    [InlineData("3", RunStatus.Finished)]
    [InlineData("\"4\"", RunStatus.Failed)]
    [InlineData("\"killed\"", RunStatus.Killed)]
    public async Task GetRun_StatusAsProtobufNumberOrAnyCase_ReadWithMlflowsNumbering(string status, RunStatus expected)
    {
        var info = $$"""{"run_id": "{{RunId}}", "experiment_id": "1", "status": {{status}}""";
        var stub = new StubHandler().Respond("{\"run\": {\"info\": " + info + "}}}");

        var run = await ReplayStore.Open(stub).Tracking.GetRunAsync(RunId);

        Assert.Equal(expected, run.Info.Status);
    }
}
