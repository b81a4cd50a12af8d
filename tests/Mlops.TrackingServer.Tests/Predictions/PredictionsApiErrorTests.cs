namespace Mlops.TrackingServer.Tests.Predictions;

/// <summary>Bad input to the prediction routes: 400 with MLflow's error JSON naming the field, and nothing stored.</summary>
public sealed class PredictionsApiErrorTests : IAsyncLifetime
{
    private const string Api = "/api/2.0/mlops";
    private ServerHarness harness = null!;

    public async Task InitializeAsync() => harness = await ServerHarness.StartAsync(predictionLog: true);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("""{"columns": {"ids": []}}""", "'schema'")]
    [InlineData("""{"schema": {"model_uri": "models:/m/1", "inputs": [], "classes": ["a"]}}""", "'columns'")]
    [InlineData("""{"schema": {"inputs": [], "classes": ["a"]}, "columns": {}}""", "'schema.model_uri'")]
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [{"categories": []}], "classes": ["a"]}, "columns": {}}""", "'schema.inputs[0].name'")]
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [], "classes": ["a", ""]}, "columns": {}}""", "schema.classes")] // none (regression) is allowed
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [], "classes": ["a"], "assignment": {"variant": "b"}}, "columns": {}}""", "schema.assignment.test_id")]
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [], "classes": ["a"]}, "columns": {"ids": ["nope"]}}""", "columns.ids[0] 'nope' is not a UUID")]
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [], "classes": ["a"]}, "columns": {"ids": ["0190a0a0-0000-7000-8000-000000000000"], "times": [1, 2], "latencies": [1], "predicted": [0], "probabilities": [1], "inputs": []}}""", "columns.times has 2 value(s); 1 expected")]
    [InlineData("""{"schema": {"model_uri": "u", "inputs": [], "classes": ["a"]}, "columns": {"ids": [], "times": "soon"}}""", "parameter 'columns.times'")]
    public async Task Append_BadBody_400NamingTheField(string json, string expected)
    {
        var (status, body) = await PostRawAsync($"{Api}/predictions/append", json);

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.Contains(expected, body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oldest_first=yes", "'oldest_first'")]
    [InlineData("model_version=abc", "'model_version'")]
    [InlineData("model_version=99999999999", "'model_version'")]
    [InlineData("since=x", "'since'")]
    [InlineData("since=999999999999999999", "since")]
    [InlineData("max_results=0", "max_results 0")]
    [InlineData("page_token=zz", "page_token 'zz'")]
    public async Task List_BadParameter_400NamingIt(string query, string expected)
    {
        var (status, body) = await Json.GetAsync(harness.Client, $"{Api}/predictions/list?{query}");

        Assert.Equal(400, status);
        Assert.Contains(expected, body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/predictions/labels", """{}""", "'labels'")]
    [InlineData("/predictions/origins", """{}""", "'prediction_ids'")]
    [InlineData("/predictions/labelled", """{"max_results": "many"}""", "'max_results'")]
    [InlineData("/predictions/labelled", """{"max_results": 0}""", "max")]
    [InlineData("/predictions/prune", """{"dry_run": "yes"}""", "'dry_run'")]
    public async Task LabelAndPruneRoutes_BadBody_400NamingTheField(string route, string json, string expected)
    {
        var (status, body) = await PostRawAsync(Api + route, json);

        Assert.Equal(400, status);
        Assert.Contains(expected, body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_CategoryOutOfRange_400AndNothingStored()
    {
        const string json = """
            {"schema": {"model_name": "cat_model", "model_uri": "u", "inputs": [{"name": "Gender", "categories": ["F", "M"]}], "classes": ["a"]},
             "columns": {"ids": ["0190a0a0-0000-7000-8000-000000000000"], "times": [1], "latencies": [1], "predicted": [0], "probabilities": [1], "inputs": [7]}}
            """;

        var (status, body) = await PostRawAsync($"{Api}/predictions/append", json);

        Assert.Equal(400, status);
        Assert.Contains("'Gender'", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await harness.Store.PredictionLog.ListAsync(new Core.Predictions.PredictionQuery { ModelName = "cat_model" })).Records);
    }

    private async Task<(int Status, System.Text.Json.Nodes.JsonNode? Body)> PostRawAsync(string path, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await harness.Client.PostAsync(path, content);
        return ((int)response.StatusCode, System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
