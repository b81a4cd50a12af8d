using System.Net;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Security;

[Collection(ModelCollection.Name)]
public sealed class HostFilterTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task LoopbackBind_ForeignHostHeader_400ProblemNamingTheOption()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), waitReady: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/predict") { Content = JsonBody(fixture.Record(0)) };
        request.Headers.Host = "attacker.example:5080";

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attacker.example", text);
        Assert.Contains("--allowed-hosts", text);
    }

    [Fact]
    public async Task LoopbackBind_ForeignHostAfterAllowedOnes_StillRefused()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), waitReady: false);
        var statuses = new List<HttpStatusCode>();
        foreach (var host in new[] { "localhost:5080", "localhost:5080", "attacker.example:5080", "localhost:5080", "attacker.example" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
            request.Headers.Host = host;
            using var response = await server.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.BadRequest], statuses);
    }

    [Theory]
    [InlineData("localhost:5080")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:1")]
    public async Task LoopbackBind_LoopbackHostHeader_Accepted(string host)
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), waitReady: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LoopbackBind_AllowedHostsOption_AcceptsTheName()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), waitReady: false,
            configure: o => o with { AllowedHosts = ["scoring.internal"] });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "scoring.internal";

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void StartupWarning_BeyondLoopbackWithoutToken_NamesTheOpenRoutes()
    {
        var warning = ServingApp.StartupWarning(new ServingOptions { Host = "0.0.0.0" });

        Assert.NotNull(warning);
        Assert.Contains("without --auth-token", warning);
        Assert.Contains("/predict", warning);
    }

    [Fact]
    public void StartupWarning_LoopbackOrToken_None()
    {
        Assert.Null(ServingApp.StartupWarning(new ServingOptions { Host = "127.0.0.1" }));
        Assert.Null(ServingApp.StartupWarning(new ServingOptions { Host = "0.0.0.0", AuthToken = "t" }));
    }

    private static StringContent JsonBody(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
