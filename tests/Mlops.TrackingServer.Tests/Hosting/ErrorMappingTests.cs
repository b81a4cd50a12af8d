using System.Net.Http.Headers;
using System.Text;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.TrackingServer.Tests.Hosting;

public sealed class ErrorMappingTests
{
    [Fact]
    public async Task AnyJsonBody_InvalidUtf8_Returns400()
    {
        await using var harness = await ServerHarness.StartAsync();
        byte[][] bodies =
        [
            [.. "{\"experiment_id\":\""u8, 0xFF, 0xFE, .. "\"}"u8],
            [.. "{\"experiment_id\":\"0\",\"run_name\":\"a"u8, 0xC3, 0x28, .. "\"}"u8],
            [.. "{\"exp"u8, 0xED, 0xA0, 0x80, .. "\":1}"u8],
        ];

        foreach (var body in bodies)
        {
            foreach (var path in new[] { "runs/create", "runs/log-batch", "experiments/create", "registered-models/create" })
            {
                var (status, text) = await PostBytesAsync(harness, "api/2.0/mlflow/" + path, body);
                Assert.True(status == 400, $"{path}: {status} {text}");
                Assert.Contains("INVALID_PARAMETER_VALUE", text);
            }
        }
    }

    [Fact]
    public async Task LargeBody_InvalidUtf8NearTheEnd_Returns400ButValidMultibyteTextPasses()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);
        var prefix = Encoding.UTF8.GetBytes($"{{\"run_id\":\"{runId}\",\"tags\":[{{\"key\":\"k\",\"value\":\"");
        var suffix = "\"}]}"u8.ToArray();
        byte[] bad = [.. prefix, .. Enumerable.Repeat((byte)'a', 200_000), 0xFF, .. suffix];
        byte[] good = [.. prefix, .. Encoding.UTF8.GetBytes(new string('\u00e9', 3_000)), .. suffix];

        var (badStatus, badText) = await PostBytesAsync(harness, "api/2.0/mlflow/runs/log-batch", bad);
        var (goodStatus, goodText) = await PostBytesAsync(harness, "api/2.0/mlflow/runs/log-batch", good);

        Assert.Equal(400, badStatus);
        Assert.Contains("not valid UTF-8", badText);
        Assert.True(goodStatus == 200, goodText);
    }

    [Fact]
    public async Task ArtifactsList_NulInPath_Returns400()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);

        using var response = await harness.Client.GetAsync($"api/2.0/mlflow/artifacts/list?run_id={runId}&path=%00x");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} {text}");
        Assert.DoesNotContain(harness.Folder, text);
    }

    [Fact]
    public async Task Upload_SegmentOf300Characters_Returns400WithoutStorePath()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);

        using var response = await harness.Client.PutAsync($"api/2.0/mlflow-artifacts/artifacts/0/{runId}/artifacts/{new string('a', 300)}.txt",
            new ByteArrayContent([1, 2, 3]));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} {text}");
        Assert.DoesNotContain(harness.Folder, text);
        Assert.DoesNotContain(Path.GetTempPath(), text);
    }

    [Fact]
    public async Task Upload_UnderAPathThatIsAFile_Returns400WithoutStorePath()
    {
        await using var harness = await ServerHarness.StartAsync();
        var root = "api/2.0/mlflow-artifacts/artifacts/0/clash";
        using var first = await harness.Client.PutAsync(root + "/file.txt", new ByteArrayContent([1]));

        using var under = await harness.Client.PutAsync(root + "/file.txt/inner.txt", new ByteArrayContent([2]));
        using var deeper = await harness.Client.PutAsync(root + "/file.txt/a/inner.txt", new ByteArrayContent([2]));
        var text = await under.Content.ReadAsStringAsync() + await deeper.Content.ReadAsStringAsync();

        Assert.True(first.IsSuccessStatusCode);
        Assert.Equal(400, (int)under.StatusCode);
        Assert.Equal(400, (int)deeper.StatusCode);
        Assert.DoesNotContain(harness.Folder, text);
    }

    [Fact]
    public async Task ErrorMessage_WithApostrophes_NotEscaped()
    {
        await using var harness = await ServerHarness.StartAsync();

        using var response = await harness.Client.GetAsync("api/2.0/mlflow/experiments/get-by-name?experiment_name=nope");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("with name 'nope'", text);
        Assert.DoesNotContain("\\u0027", text);
    }

    [Fact]
    public async Task ErrorMessage_HugeValue_CutToReadableLength()
    {
        await using var harness = await ServerHarness.StartAsync();
        var name = new string('n', 100_000);

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/search",
            new { experiment_ids = new[] { "0" }, filter = $"params.x = '{name}' OR" });
        var message = body!["message"]!.GetValue<string>();

        Assert.Equal(400, status);
        Assert.True(message.Length < 600, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("(100016 chars)", message);
    }

    [Fact]
    public async Task UnexpectedFailure_Returns500WithReferenceOnly()
    {
        await using var harness = await ServerHarness.StartAsync(configure: o => o with { Tracking = ThrowingStore.Create<ITrackingStore>() });

        using var response = await harness.Client.GetAsync("api/2.0/mlflow/experiments/get?experiment_id=0");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(500, (int)response.StatusCode);
        var reference = Assert.Single(response.Headers.GetValues(ErrorReference.Header));
        Assert.Contains("INTERNAL_ERROR", text);
        Assert.Contains($"Internal error; reference {reference}.", text);
        Assert.DoesNotContain(ThrowingStore.SecretPath, text);
        Assert.DoesNotContain("disk I/O", text);
    }

    private static async Task<string> CreateRunAsync(ServerHarness harness)
    {
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        return created!["run"]!["info"]!["run_id"]!.GetValue<string>();
    }

    private static async Task<(int Status, string Text)> PostBytesAsync(ServerHarness harness, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await harness.Client.PostAsync(path, content);
        return ((int)response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }
}
