namespace Mlops.TrackingServer.Tests.Runs;

public sealed class MetricHistoryBulkApiTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(400)]
    public async Task GetHistoryBulk_MoreThan20RunIds_Returns400InvalidParameterValue(int runIds)
    {
        await using var harness = await ServerHarness.StartAsync();
        // 400 run ids make a request line of about 16 KB, over Kestrel's default of 8 KB.
        var query = string.Join("&", Enumerable.Range(0, runIds).Select(i => $"run_id={i:x32}"));

        var (status, body) = await Json.GetAsync(harness.Client, $"ajax-api/2.0/mlflow/metrics/get-history-bulk?metric_key=m&{query}");

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.Contains($"cannot specify more than 20 run_ids. Received {runIds} run_ids.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetHistoryBulk_NoMetricKey_Returns400WithMlflowsMessage()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.GetAsync(harness.Client, "ajax-api/2.0/mlflow/metrics/get-history-bulk?run_id=a");

        Assert.Equal(400, status);
        Assert.Equal("GetMetricHistoryBulk request must specify a metric_key.", body!["message"]!.GetValue<string>());
    }
}
