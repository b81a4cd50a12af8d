using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Security;

/// <summary>Creates what the security tests aim at: runs, a registered model and a version, through the API.</summary>
internal static class SecurityFixture
{
    public static async Task<string> CreateRunAsync(ServerHarness harness, string experimentId = "0")
    {
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = experimentId, start_time = 1L });
        return created!["run"]!["info"]!["run_id"]!.GetValue<string>();
    }

    public static string RunFolder(ServerHarness harness, string runId, string experimentId = "0") =>
        Path.Combine(harness.ArtifactsFolder, experimentId, runId, "artifacts");

    public static async Task<(int Status, JsonNode? Body)> CreateVersionAsync(ServerHarness harness, string model, string source, string? runId)
    {
        await Json.PostAsync(harness.Client, "api/2.0/mlflow/registered-models/create", new { name = model });
        return await Json.PostAsync(harness.Client, "api/2.0/mlflow/model-versions/create", new { name = model, source, run_id = runId });
    }

    public static async Task<int> VersionCountAsync(ServerHarness harness, string model)
    {
        var (_, body) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/model-versions/search?filter={Uri.EscapeDataString($"name='{model}'")}");
        return body?["model_versions"]?.AsArray().Count ?? 0;
    }

    public static void AssertInvalid(int status, JsonNode? body)
    {
        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
    }
}
