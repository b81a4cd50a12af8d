using Microsoft.Extensions.Time.Testing;

namespace Mlops.TrackingServer.Tests.Registry;

public sealed class ModelVersionDownloadUriApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task DownloadUri_RunsSourceAndCopiedVersion_SourceAsRegisteredAndCopyFollowsOriginal()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "m" });
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name = "m", source = "runs:/run_id/model", run_id = "run_id" });
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/alias", new { name = "m", alias = "a", version = "1" });
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name = "m", source = "models:/m@a" });

        var (status, original) = await Json.GetAsync(harness.Client, $"{Api}/model-versions/get-download-uri?name=m&version=1");
        var (_, copy) = await Json.GetAsync(harness.Client, $"{Api}/model-versions/get-download-uri?name=m&version=2");

        Assert.Equal(200, status);
        Assert.Equal("runs:/run_id/model", original!["artifact_uri"]!.GetValue<string>());
        Assert.Equal("runs:/run_id/model", copy!["artifact_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task TransitionStage_Version_RegisteredModelLastUpdatedMovesAndDescriptionChangeDoesNot()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var harness = await ServerHarness.StartAsync(time: time);
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "m" });
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name = "m", source = "runs:/r/model" });
        var (_, before) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=m");
        time.Advance(TimeSpan.FromSeconds(1));

        var (_, moved) = await Json.PostAsync(harness.Client, $"{Api}/model-versions/transition-stage", new { name = "m", version = "1", stage = "Staging" });
        var (_, afterStage) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=m");
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/update", new { name = "m", version = "1", description = "d" }, HttpMethod.Patch);
        var (_, afterDescription) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=m");

        var stageTime = moved!["model_version"]!["last_updated_timestamp"]!.GetValue<long>();
        Assert.Equal(time.GetUtcNow().AddSeconds(-1).ToUnixTimeMilliseconds(), before!["registered_model"]!["last_updated_timestamp"]!.GetValue<long>());
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds(), stageTime);
        Assert.Equal(stageTime, afterStage!["registered_model"]!["last_updated_timestamp"]!.GetValue<long>());
        Assert.Equal(stageTime, afterDescription!["registered_model"]!["last_updated_timestamp"]!.GetValue<long>());
    }
}
