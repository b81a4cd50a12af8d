using System.Net;
using Mlops.Core.Errors;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Retries, connection failures, authentication and base URLs of the one HTTP path.</summary>
public sealed class HttpBehaviourTests
{
    private const string Experiment = """{"experiment": {"experiment_id": "0", "name": "Default"}}""";
    private const string Unavailable = """{"error_code": "TEMPORARILY_UNAVAILABLE", "message": "try later"}""";

    [Fact]
    public async Task Get_Two5xxThenOk_RetriedAndSucceeds()
    {
        var stub = new StubHandler().Respond(Unavailable, HttpStatusCode.ServiceUnavailable)
            .Respond("bad gateway", HttpStatusCode.BadGateway, "text/plain").Respond(Experiment);

        var experiment = await ReplayStore.Open(stub).Tracking.GetExperimentAsync("0");

        Assert.Equal("Default", experiment.Name);
        Assert.Equal(3, stub.Urls.Count);
    }

    [Fact]
    public async Task Get_Always5xx_GivesUpAfterRetriesWithServerMessage()
    {
        var stub = new StubHandler().Respond(Unavailable, HttpStatusCode.ServiceUnavailable)
            .Respond(Unavailable, HttpStatusCode.ServiceUnavailable).Respond(Unavailable, HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<MlopsException>(() => ReplayStore.Open(stub).Tracking.GetExperimentAsync("0"));

        Assert.Equal(ErrorCode.InternalError, error.Code);
        Assert.Equal("try later", error.Message);
        Assert.Equal(3, stub.Urls.Count);
    }

    [Fact]
    public async Task Post_5xx_NotRetried()
    {
        var stub = new StubHandler().Respond(Unavailable, HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<MlopsException>(() => ReplayStore.Open(stub).Tracking.DeleteRunAsync("r"));

        Assert.Single(stub.Urls);
    }

    [Fact]
    public async Task Get_ConnectionRefusedOnce_RetriedAndSucceeds()
    {
        var stub = new StubHandler().Fail(new HttpRequestException("Connection refused")).Respond(Experiment);

        Assert.Equal("Default", (await ReplayStore.Open(stub).Tracking.GetExperimentAsync("0")).Name);
    }

    [Fact]
    public async Task Get_ServerUnreachable_MessageNamesUrl()
    {
        var stub = new StubHandler().Fail(new HttpRequestException("Connection refused"))
            .Fail(new HttpRequestException("Connection refused")).Fail(new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<MlopsException>(() => ReplayStore.Open(stub).Tracking.GetRunAsync("abc"));

        Assert.Equal(ErrorCode.InternalError, error.Code);
        Assert.Contains("http://mlflow.test:5000/api/2.0/mlflow/runs/get?run_id=abc", error.Message);
        Assert.Contains("Connection refused", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Open_RealClosedPort_ClearMessageNamingUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var store = MlflowRestStore.Open(new MlflowRestOptions(new Uri($"http://127.0.0.1:{port}")) { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<MlopsException>(() => store.Tracking.GetExperimentAsync("0"));

        Assert.Contains($"http://127.0.0.1:{port}/api/2.0/mlflow/experiments/get", error.Message);
    }

    [Theory]
    [InlineData("explicit", null, null, null, "Bearer explicit")]
    [InlineData(null, "from-env", null, null, "Bearer from-env")]
    [InlineData(null, null, "user", "pa:ss", "Basic dXNlcjpwYTpzcw==")]
    [InlineData(null, null, null, null, null)]
    public async Task Requests_Credentials_AuthorizationHeader(string? token, string? envToken, string? user, string? password, string? expected)
    {
        var env = new Dictionary<string, string?>
        {
            ["MLFLOW_TRACKING_TOKEN"] = envToken, ["MLFLOW_TRACKING_USERNAME"] = user, ["MLFLOW_TRACKING_PASSWORD"] = password,
        };
        var options = MlflowRestOptions.FromEnvironment(ReplayStore.BaseUri, token, name => env[name]);
        var stub = new StubHandler().Respond(Experiment);

        await MlflowRestStore.Open(options, new HttpClient(stub)).Tracking.GetExperimentAsync("0");

        Assert.Equal(expected, stub.Authorizations.Single());
    }

    [Fact]
    public async Task Requests_BaseUriWithPathPrefix_Kept()
    {
        var stub = new StubHandler().Respond(Experiment);

        await MlflowRestStore.Open(new MlflowRestOptions(new Uri("http://proxy.test/mlflow")), new HttpClient(stub))
            .Tracking.GetExperimentAsync("0");

        Assert.Equal("GET /mlflow/api/2.0/mlflow/experiments/get?experiment_id=0", stub.Urls.Single());
    }

    [Fact]
    public void Open_NonHttpUri_InvalidParameterValue()
    {
        var error = Assert.Throws<MlopsException>(() => MlflowRestStore.Open(new Uri("sqlite:///tmp/x.db")));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("sqlite:///tmp/x.db", error.Message);
    }
}
