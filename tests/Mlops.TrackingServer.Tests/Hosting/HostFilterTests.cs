using Mlops.Core.Security;

namespace Mlops.TrackingServer.Tests.Hosting;

public sealed class HostFilterTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5000")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task LoopbackBind_ForeignHostHeader_Returns400NamingTheOption(string host)
    {
        await using var harness = await ServerHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/2.0/mlflow/experiments/get?experiment_id=0");
        request.Headers.Host = host;

        using var response = await harness.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("BAD_REQUEST", text);
        Assert.Contains("--allowed-hosts", text);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("LOCALHOST:1")]
    [InlineData("127.0.0.1:80")]
    [InlineData("[::1]:5000")]
    public async Task LoopbackBind_LoopbackHostHeader_Accepted(string host)
    {
        await using var harness = await ServerHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/2.0/mlflow/experiments/get?experiment_id=0");
        request.Headers.Host = host;

        using var response = await harness.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task LoopbackBind_AllowedHostsOption_AcceptsTheName()
    {
        await using var harness = await ServerHarness.StartAsync(configure: o => o with { AllowedHosts = ["mlflow.internal"] });
        using var request = new HttpRequestMessage(HttpMethod.Get, "health");
        request.Headers.Host = "mlflow.internal:5000";

        using var response = await harness.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public void For_AnyAddressWithoutExtraNames_ChecksNothing()
    {
        Assert.Null(HostAllowList.For("0.0.0.0", []));
        Assert.Null(HostAllowList.For("127.0.0.1", ["*"]));
    }

    [Fact]
    public void For_AnyAddressWithExtraNames_AcceptsThoseAndLoopback()
    {
        var list = HostAllowList.For("0.0.0.0", ["models.example", "::2"])!;

        Assert.True(list.Allows("models.example"));
        Assert.True(list.Allows("[::2]"));
        Assert.True(list.Allows("localhost"));
        Assert.False(list.Allows("other.example"));
    }

    [Fact]
    public void StartupWarning_BeyondLoopbackWithoutToken_SaysReadsAndWritesAreOpen()
    {
        var options = Options("0.0.0.0");

        var warning = TrackingServerApp.StartupWarning(options);

        Assert.NotNull(warning);
        Assert.Contains("without --auth-token", warning);
        Assert.Contains("reads and writes", warning);
    }

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("localhost", null)]
    [InlineData("::1", null)]
    [InlineData("0.0.0.0", "token")]
    public void StartupWarning_LoopbackOrToken_None(string host, string? token)
    {
        Assert.Null(TrackingServerApp.StartupWarning(Options(host) with { AuthToken = token }));
    }

    private static TrackingServerOptions Options(string host) => new(null!, null!, null!, "/tmp") { Host = host };
}
