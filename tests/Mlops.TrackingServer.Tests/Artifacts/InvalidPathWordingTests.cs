namespace Mlops.TrackingServer.Tests.Artifacts;

/// <summary>MLflow's exact answer to an unsafe artifact path, with the rule kept in the server log instead.</summary>
public sealed class InvalidPathWordingTests
{
    [Theory]
    [InlineData("api/2.0/mlflow/artifacts/list?run_id={run}&path=../path")]
    [InlineData("get-artifact?run_id={run}&path=../path")]
    [InlineData("api/2.0/mlflow/model-versions/get-artifact?name=model&version=1&path=../path")]
    [InlineData("/model-versions/get-artifact?name=model&version=1&path=../path")]
    public async Task ArtifactEndpoint_DotDotPath_AnswersOnlyInvalidPathAndLogsTheRule(string template)
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        var runId = created!["run"]!["info"]!["run_id"]!.GetValue<string>();

        // An absolute URI: "//x" relative to the base would name a host; MLflow's test sends the double slash.
        using var response = await harness.Client.GetAsync(new Uri(harness.Client.BaseAddress + template.Replace("{run}", runId, StringComparison.Ordinal)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("""{"error_code":"INVALID_PARAMETER_VALUE","message":"Invalid path"}""", body);
        Assert.Contains(harness.ServerLog.Lines, line => line.StartsWith("Information", StringComparison.Ordinal)
            && line.Contains("'../path'", StringComparison.Ordinal) && line.Contains("'..'", StringComparison.Ordinal));
    }
}
