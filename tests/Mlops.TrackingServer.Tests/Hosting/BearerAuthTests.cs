using System.Net.Http.Headers;

namespace Mlops.TrackingServer.Tests.Hosting;

public sealed class BearerAuthTests
{
    private const string Token = "s3cret-token";

    [Fact]
    public async Task Write_WithoutToken_Returns401WithMlflowError()
    {
        await using var harness = await ServerHarness.StartAsync(Token);

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "x" });

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", body!["error_code"]!.GetValue<string>());
        Assert.Null(await harness.Store.Tracking.GetExperimentByNameAsync("x"));
    }

    [Fact]
    public async Task Write_WithWrongToken_Returns401()
    {
        await using var harness = await ServerHarness.StartAsync(Token);
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");

        var (status, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "x" });

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Write_WithToken_Succeeds()
    {
        await using var harness = await ServerHarness.StartAsync(Token);
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "x" });

        Assert.Equal(200, status);
        Assert.Equal("1", body!["experiment_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reads_WithoutToken_StayOpen()
    {
        await using var harness = await ServerHarness.StartAsync(Token);

        var (getStatus, _) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/experiments/get?experiment_id=0");
        var (searchStatus, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/search", new { experiment_ids = new[] { "0" } });
        var health = await harness.Client.GetStringAsync("health");

        Assert.Equal(200, getStatus);
        Assert.Equal(200, searchStatus);
        Assert.Equal("OK", health);
    }

    [Fact]
    public async Task AuthReads_ReadWithoutToken_Returns401WithBearerChallenge()
    {
        await using var harness = await ServerHarness.StartAsync(Token, o => o with { AuthReads = true });

        using var response = await harness.Client.GetAsync("api/2.0/mlflow/experiments/get?experiment_id=0");
        var (searchStatus, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/search", new { experiment_ids = new[] { "0" } });
        var (listStatus, _) = await Json.GetAsync(harness.Client, "api/2.0/mlflow-artifacts/artifacts");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync());
        Assert.Equal(401, searchStatus);
        Assert.Equal(401, listStatus);
    }

    [Fact]
    public async Task AuthReads_HealthAndVersion_StayOpen()
    {
        await using var harness = await ServerHarness.StartAsync(Token, o => o with { AuthReads = true });

        Assert.Equal("OK", await harness.Client.GetStringAsync("health"));
        Assert.Equal(TrackingServerApp.MlflowVersion, await harness.Client.GetStringAsync("version"));
    }

    [Fact]
    public async Task AuthReads_ReadWithToken_Succeeds()
    {
        await using var harness = await ServerHarness.StartAsync(Token, o => o with { AuthReads = true });
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var (status, body) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/experiments/get?experiment_id=0");

        Assert.Equal(200, status);
        Assert.Equal("Default", body!["experiment"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_TokenWithExtraCharacter_Returns401()
    {
        await using var harness = await ServerHarness.StartAsync(Token);
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");

        var (status, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "x" });

        Assert.Equal(401, status);
    }
}
