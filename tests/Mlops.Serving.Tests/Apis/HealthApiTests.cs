using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

[Collection(ModelCollection.Name)]
public sealed class HealthApiTests(RegisteredModelFixture fixture) : IAsyncLifetime
{
    // Never advanced: every stamp the server takes is this instant.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private ServingHarness server = null!;

    public async Task InitializeAsync() =>
        server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1, "info-test"), configure: o => o with { Time = time });

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Health_Always_Alive()
    {
        var body = await Json.ReadAsync<HealthResponse>(await server.Client.GetAsync("/health"));

        Assert.Equal("alive", body.Status);
    }

    [Fact]
    public async Task Ready_ModelLoaded_200WithModel()
    {
        var response = await server.Client.GetAsync("/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync<ReadyResponse>(response);
        Assert.True(body.Ready);
        Assert.Equal(1, body.Model?.Version);
        Assert.Null(body.ReloadError);
    }

    [Fact]
    public async Task Ready_UriNamesNoVersion_503AndPredict503()
    {
        await using var empty = await ServingHarness.StartAsync(fixture, "models:/obesity_classifier@nobody", waitReady: false);
        await empty.Reloader.CheckAsync();

        var ready = await empty.Client.GetAsync("/ready");
        var predict = await empty.PostJsonAsync("/predict", fixture.Record(0));
        var info = await empty.Client.GetAsync("/model/info");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await Json.ReadAsync<ReadyResponse>(ready);
        Assert.False(body.Ready);
        Assert.NotNull(body.ReloadError);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, info.StatusCode);
        // One not-ready answer, naming the failed load, whichever endpoint is asked.
        var (predictProblem, infoProblem) = (await ProblemAsync(predict), await ProblemAsync(info));
        Assert.Equal(("Model not ready.", predictProblem.Detail), infoProblem);
        Assert.Contains("the last attempt failed", infoProblem.Detail, StringComparison.Ordinal);
    }

    private static async Task<(string? Title, string? Detail)> ProblemAsync(HttpResponseMessage response)
    {
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (problem.RootElement.GetProperty("title").GetString(), problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Version_Always_NamesServiceRuntimeAndModel()
    {
        var body = await Json.ReadAsync<VersionResponse>(await server.Client.GetAsync("/version"));

        Assert.Equal("mlops-serving", body.Service);
        Assert.Contains(".NET", body.Runtime);
        Assert.Equal("info-test", body.Model?.Alias);
    }

    [Fact]
    public async Task ModelInfo_Loaded_SignatureClassesHashAndLoadTime()
    {
        var body = await Json.ReadAsync<ModelInfoResponse>(await server.Client.GetAsync("/model/info"));

        Assert.Equal("obesity_classifier", body.Model.Name);
        Assert.Equal(1, body.Model.Version);
        Assert.Equal(16, body.Inputs.Count);
        var age = body.Inputs.Single(c => c.Name == "Age");
        Assert.Equal(("double", 10.0, 90.0), (age.Type, age.Min!.Value, age.Max!.Value));
        Assert.Equal(["Female", "Male"], body.Inputs.Single(c => c.Name == "Gender").Categories!);
        Assert.Equal(7, body.Classes.Count);
        Assert.Equal(8, body.Outputs.Count);
        Assert.Equal(64, body.TransformHash.Length);
        Assert.Equal("compiled-trees", body.Scorer);
        Assert.Equal(time.GetUtcNow(), body.LoadedAt);
        Assert.Null(body.ReloadError);
    }

    [Fact]
    public async Task Metrics_AfterRequests_PrometheusCountersByRouteStatusAndClass()
    {
        await server.PostJsonAsync("/predict", fixture.Record(0));
        await server.PostAsync("/predict", "{");

        var text = await server.Client.GetStringAsync("/metrics");

        Assert.Contains("mlops_http_requests_total{route=\"/predict\",status=\"200\"}", text);
        Assert.Contains("mlops_http_requests_total{route=\"/predict\",status=\"400\"}", text);
        Assert.Contains("mlops_http_request_duration_seconds_bucket{route=\"/predict\"", text);
        Assert.Contains("mlops_predictions_total{version=\"1\",class=", text);
        Assert.Contains("mlops_model_version{model=\"obesity_classifier\"} 1", text);
        Assert.Contains("mlops_model_reloads_total", text);
        Assert.Contains("mlops_model_reload_failures_total", text);
        Assert.Contains("mlops_prediction_log_dropped_total", text);
    }

    [Fact]
    public async Task OpenApiAndDocs_Served()
    {
        var openApi = await server.Client.GetStringAsync("/openapi/v1.json");
        var docs = await server.Client.GetAsync("/docs");

        Assert.Contains("\"/predict\"", openApi);
        Assert.Contains("\"/predict/batch\"", openApi);
        Assert.Contains("\"/invocations\"", openApi);
        Assert.Contains("prediction_id", openApi);
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/openapi/v1.json", await docs.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownRoute_404Problem()
    {
        var response = await server.Client.GetAsync("/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
