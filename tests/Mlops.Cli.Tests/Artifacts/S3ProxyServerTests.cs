using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mlops.Artifacts.S3;
using Mlops.Cli.Tests.Support;
using Mlops.Storage.ContractTests.S3;

namespace Mlops.Cli.Tests.Artifacts;

/// <summary>
/// `mlops server --artifacts-destination s3://…`: MLflow's artifact proxy and the run artifact routes read and write the
/// bucket (s3rver), and clients see only <c>mlflow-artifacts:/</c> locations.
/// </summary>
public sealed class S3ProxyServerTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private const string Proxy = "/api/2.0/mlflow-artifacts/artifacts";
    private readonly Workspace ws = Workspace.Create();

    public void Dispose() => ws.Dispose();

    [S3rverFact]
    public async Task ArtifactProxy_DestinationOnS3_UploadListDownloadThroughTheBucket()
    {
        var destination = S3rverFixture.NewRoot();
        await using var daemon = CliDaemon.Start(ws.Root, S3rverEnvironment.For(server, ws.PathOf("s3-cache")),
            "server", "--port", "0", "--backend-store-uri", ws.TrackingUri, "--artifacts-destination", destination);
        var listening = await daemon.WaitForLineAsync(l => l.Contains(" listening on http://", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        using var http = new HttpClient { BaseAddress = new Uri(listening[listening.IndexOf("http://", StringComparison.Ordinal)..].Trim()) };
        var experimentId = await PostAsync(http, "experiments/create", new { name = "s3-proxy" }, "experiment_id");
        var run = JsonDocument.Parse(await (await http.PostAsJsonAsync("/api/2.0/mlflow/runs/create",
            new { experiment_id = experimentId, start_time = 1 })).Content.ReadAsStringAsync()).RootElement.GetProperty("run").GetProperty("info");
        var runId = run.GetProperty("run_id").GetString()!;
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);

        Assert.Equal($"mlflow-artifacts:/{experimentId}/{runId}/artifacts", run.GetProperty("artifact_uri").GetString());
        var put = await http.PutAsync($"{Proxy}/{experimentId}/{runId}/artifacts/model/weights.bin", new ByteArrayContent(bytes));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        Assert.Equal(bytes, await http.GetByteArrayAsync($"{Proxy}/{experimentId}/{runId}/artifacts/model/weights.bin"));
        Assert.Equal(bytes, await http.GetByteArrayAsync($"/get-artifact?run_id={runId}&path=model/weights.bin"));
        var listed = await http.GetStringAsync($"/api/2.0/mlflow/artifacts/list?run_id={runId}&path=model");
        Assert.Contains("\"path\":\"model/weights.bin\"", listed, StringComparison.Ordinal);
        using var bucket = new S3ArtifactStore(server.Options());
        var direct = await bucket.DownloadAsync(destination, $"{experimentId}/{runId}/artifacts/model/weights.bin", ws.PathOf("direct"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(direct));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{Proxy}/{experimentId}/{runId}/artifacts/model/missing.bin")).StatusCode);
        var delete = await http.DeleteAsync($"{Proxy}/{experimentId}/{runId}/artifacts/model/weights.bin");
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("object store", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient http, string route, object body, string property)
    {
        var response = await http.PostAsJsonAsync($"/api/2.0/mlflow/{route}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty(property).GetString()!;
    }
}
