namespace Mlops.TrackingServer.Tests.Predictions;

/// <summary>Who may call the prediction routes: writes need the bearer token, reads follow AuthReads; off means 404.</summary>
public sealed class PredictionsApiAccessTests
{
    private const string Api = "/api/2.0/mlops";
    private const string Token = "s3cret";

    [Theory]
    [InlineData("/ajax-api/2.0/mlops/server-info")]
    [InlineData("/api/2.0/mlops/server-info")]
    public async Task ServerInfo_NoLog_AnswersBothFalse(string path)
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.GetAsync(harness.Client, path);

        Assert.Equal(200, status);
        Assert.Equal((false, false), (body!["prediction_log"]!.GetValue<bool>(), body["labels"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("POST", "/predictions/append", "prediction log")]
    [InlineData("GET", "/predictions/list", "prediction log")]
    [InlineData("POST", "/predictions/prune", "prediction log")]
    [InlineData("POST", "/predictions/origins", "prediction log labels")]
    [InlineData("POST", "/predictions/labels", "prediction log labels")]
    [InlineData("POST", "/predictions/labelled", "prediction log labels")]
    public async Task Route_NoLog_404SayingTheServerHasNone(string method, string route, string what)
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = method == "GET"
            ? await Json.GetAsync(harness.Client, Api + route)
            : await Json.PostAsync(harness.Client, Api + route, new { });

        Assert.Equal(404, status);
        Assert.Equal("ENDPOINT_NOT_FOUND", body!["error_code"]!.GetValue<string>());
        Assert.Contains($"This mlops server has no {what}", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/predictions/append", true)]
    [InlineData("POST", "/predictions/prune", true)]
    [InlineData("POST", "/predictions/labels", true)]
    [InlineData("POST", "/predictions/origins", false)]
    [InlineData("POST", "/predictions/labelled", false)]
    [InlineData("GET", "/predictions/list", false)]
    [InlineData("GET", "/server-info", false)]
    public async Task Route_TokenWithoutAuthReads_WritesNeedItReadsDoNot(string method, string route, bool needsToken)
    {
        await using var harness = await ServerHarness.StartAsync(authToken: Token, predictionLog: true);

        var without = await SendAsync(harness, method, route, token: null);
        var with = await SendAsync(harness, method, route, Token);

        Assert.Equal(needsToken ? 401 : 200, without);
        Assert.Equal(200, with);
    }

    [Theory]
    [InlineData("GET", "/predictions/list")]
    [InlineData("POST", "/predictions/labelled")]
    [InlineData("GET", "/server-info")]
    public async Task Read_AuthReads_NeedsTheToken(string method, string route)
    {
        await using var harness = await ServerHarness.StartAsync(authToken: Token, configure: o => o with { AuthReads = true }, predictionLog: true);

        Assert.Equal(401, await SendAsync(harness, method, route, token: null));
        Assert.Equal(200, await SendAsync(harness, method, route, Token));
    }

    private static async Task<int> SendAsync(ServerHarness harness, string method, string route, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Api + route);
        if (method == "POST")
        {
            var body = route switch
            {
                "/predictions/append" => PredictionPayloads.Batch("auth_model", 1, 0, 1).Body,
                "/predictions/labels" => new { labels = Array.Empty<object>() },
                "/predictions/origins" => new { prediction_ids = Array.Empty<string>() },
                _ => new { },
            };
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await harness.Client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
