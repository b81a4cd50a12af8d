using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Registry;

public sealed class ModelVersionSearchApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task Search_VersionNumberFilter_MatchesByNumber()
    {
        await using var harness = await ServerHarness.StartAsync();
        await CreateVersionsAsync(harness, "m", 3);

        var (equal, exact) = await SearchAsync(harness, "filter=" + Uri.EscapeDataString("name='m' AND version_number=2"));
        var (greater, above) = await SearchAsync(harness, "filter=" + Uri.EscapeDataString("version_number >= 2"));

        Assert.Equal(200, equal);
        Assert.Equal(["2"], Versions(exact));
        Assert.Equal(200, greater);
        Assert.Equal(["3", "2"], Versions(above));
    }

    [Fact]
    public async Task Search_OrderByNameAndVersion_FollowsOrder()
    {
        await using var harness = await ServerHarness.StartAsync();
        await CreateVersionsAsync(harness, "b", 2);
        await CreateVersionsAsync(harness, "a", 2);

        var (status, body) = await SearchAsync(harness, "order_by=name%20DESC&order_by=version_number%20ASC");
        var (_, byName) = await SearchAsync(harness, "order_by=name");

        Assert.Equal(200, status);
        Assert.Equal(["b/1", "b/2", "a/1", "a/2"], Keys(body));
        Assert.Equal(["a/2", "a/1", "b/2", "b/1"], Keys(byName));
    }

    [Theory]
    [InlineData("order_by=stage")]
    [InlineData("order_by=name&order_by=name%20DESC")]
    [InlineData("order_by=name%20UP")]
    public async Task Search_BadOrderBy_Returns400InvalidParameterValue(string query)
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await SearchAsync(harness, query);

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
    }

    private static async Task CreateVersionsAsync(ServerHarness harness, string name, int count)
    {
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name });
        for (var i = 1; i <= count; i++)
        {
            await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name, source = $"mlflow-artifacts:/0/r{i}/artifacts/model" });
        }
    }

    private static Task<(int, JsonNode?)> SearchAsync(ServerHarness harness, string query) =>
        Json.GetAsync(harness.Client, $"{Api}/model-versions/search?{query}");

    private static string[] Versions(JsonNode? body) =>
        [.. body!["model_versions"]!.AsArray().Select(v => v!["version"]!.GetValue<string>())];

    private static string[] Keys(JsonNode? body) =>
        [.. body!["model_versions"]!.AsArray().Select(v => $"{v!["name"]}/{v["version"]}")];
}
