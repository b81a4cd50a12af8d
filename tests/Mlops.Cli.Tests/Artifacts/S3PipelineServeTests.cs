using System.Net.Http.Headers;
using System.Text.Json;
using Amazon.S3.Model;
using Mlops.Artifacts.S3;
using Mlops.Cli.Tests.Support;
using Mlops.Storage.ContractTests.S3;

namespace Mlops.Cli.Tests.Artifacts;

/// <summary>
/// The object-store acceptance path as a user runs it: `mlops pipeline run` with MLOPS_ARTIFACT_ROOT on an S3-compatible
/// server (s3rver), then `mlops serve` from that registry downloads the package (into its content-hash cache) and answers.
/// </summary>
public sealed class S3PipelineServeTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly Workspace ws = Workspace.Create();

    public void Dispose() => ws.Dispose();

    [S3rverFact]
    public async Task PipelineRunThenServe_ArtifactRootOnS3_PredictAnsweredFromDownloadedPackage()
    {
        var root = S3rverFixture.NewRoot();
        var environment = S3rverEnvironment.For(server, ws.PathOf("s3-cache"), root);

        var run = await CliProcess.RunAsync(ws.Root, environment, "pipeline", "run", "--tracking-uri", ws.TrackingUri);
        Assert.True(run.ExitCode == 0, run.Output);
        // Listed without a delimiter: s3rver 3.7 drops common prefixes more than one level above an object.
        using var s3 = S3ClientFactory.Create(server.Options());
        var root3 = S3ArtifactRoot.Parse(root);
        var keys = (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = root3.Bucket, Prefix = root3.Prefix + "/" }))
            .S3Objects.Select(o => o.Key).ToList();
        Assert.Contains(keys, k => k.EndsWith("/artifacts/model/MLmodel", StringComparison.Ordinal));
        Assert.False(Directory.Exists(ws.PathOf("mlruns/artifacts")) && Directory.EnumerateFiles(ws.PathOf("mlruns/artifacts"), "*", SearchOption.AllDirectories).Any(),
            "no artifact may be written beside the SQLite file when the root is on S3");

        await using var serve = await ServeProcess.StartAsync(ws.Root, environment,
            "--model", "models:/obesity_classifier@champion", "--port", "0", "--poll-interval", "0", "--tracking-uri", ws.TrackingUri);
        using var client = new HttpClient { BaseAddress = serve.Url };
        var body = new StringContent(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "examples", "request.json")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var answer = await client.PostAsync("/predict", body);

        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, text);
        Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("prediction_id", out _), text);
        var info = await client.GetStringAsync("/model/info");
        Assert.Contains(root, info, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(ws.PathOf("s3-cache")));
    }
}
