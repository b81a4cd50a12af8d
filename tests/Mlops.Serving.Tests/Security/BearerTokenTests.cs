using System.Net;
using System.Net.Http.Headers;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Security;

[Collection(ModelCollection.Name)]
public sealed class BearerTokenTests(RegisteredModelFixture fixture) : IAsyncLifetime
{
    private const string Token = "serve-s3cret";
    private ServingHarness server = null!;

    public async Task InitializeAsync() =>
        server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), configure: o => o with { AuthToken = Token });

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("/predict")]
    [InlineData("/predict/batch")]
    [InlineData("/invocations")]
    public async Task Scoring_WithoutToken_401ProblemWithBearerChallenge(string path)
    {
        var response = await server.PostJsonAsync(path, fixture.Record(0));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--auth-token", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Predict_WrongToken_401()
    {
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");

        var response = await server.PostJsonAsync("/predict", fixture.Record(0));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Predict_WithToken_200()
    {
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await server.PostJsonAsync("/predict", fixture.Record(0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ModelInfo_WithoutToken_401()
    {
        var response = await server.Client.GetAsync("/model/info");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/ready")]
    [InlineData("/ping")]
    [InlineData("/version")]
    [InlineData("/metrics")]
    [InlineData("/docs")]
    [InlineData("/openapi/v1.json")]
    public async Task OpenPaths_WithoutToken_200(string path)
    {
        var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
