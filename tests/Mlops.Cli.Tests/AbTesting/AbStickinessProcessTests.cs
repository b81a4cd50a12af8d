using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Mlops.Cli.Tests.Support;
using Mlops.Monitoring.Statistics;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>
/// Sticky assignment across OS processes: two `mlops serve` processes on one store, and one of them restarted, give
/// every one of 10,000 unit keys the same variant, and the split passes the sample-ratio check.
/// </summary>
public sealed class AbStickinessProcessTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private const string Model = "obesity_classifier";

    [Fact]
    public async Task Split_10000Units_SameVariantFromTwoServeProcessesAndAfterARestart()
    {
        var ws = fixture.Workspace;
        int twin;
        using (var store = StoreProbe.Open(ws))
        {
            var champion = await store.Registry.GetModelVersionByAliasAsync(Model, "champion");
            twin = (await store.Registry.CreateModelVersionAsync(Model, champion.Source, champion.RunId, champion.Tags, "the champion again")).Version;
        }
        var start = await CliProcess.RunAsync(ws.Root, "ab", "start", "--name", "sticky", "--model", Model,
            "--variant", "champion=@champion", "--variant", $"twin={twin}");
        Assert.True(start.ExitCode == 0, start.Output);
        var keys = Enumerable.Range(0, 10_000).Select(i => $"user-{i}").ToArray();
        string[] serve = ["--model", $"models:/{Model}@champion", "--port", "0", "--poll-interval", "1"];

        IReadOnlyDictionary<string, string> first, second, restarted;
        await using (var a = await ServeProcess.StartAsync(ws.Root, serve))
        await using (var b = await ServeProcess.StartAsync(ws.Root, serve))
        {
            first = await AssignAsync(a.Url, keys);
            second = await AssignAsync(b.Url, keys);
            await a.StopAsync();
        }
        await using (var again = await ServeProcess.StartAsync(ws.Root, serve))
        {
            restarted = await AssignAsync(again.Url, keys);
        }

        Assert.All(keys, k => Assert.Equal((first[k], first[k]), (second[k], restarted[k])));
        long[] counts = [first.Values.Count(v => v == "champion"), first.Values.Count(v => v == "twin")];
        Assert.Equal(keys.Length, counts.Sum());
        Assert.True(SampleRatioMismatch.Test(counts, [0.5, 0.5]).PValue >= 0.001, $"split {counts[0]}/{counts[1]}");
    }

    /// <summary>The variant the server answers each key with, once it follows the test (it may start before its first poll).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> AssignAsync(Uri url, string[] keys)
    {
        using var client = new HttpClient { BaseAddress = url };
        var body = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "examples", "request.json"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await VariantAsync(client, body, "probe", timeout.Token) is null)
        {
            await Task.Delay(100, timeout.Token);
        }
        var variants = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = timeout.Token }, async (key, ct) =>
            variants[key] = await VariantAsync(client, body, key, ct) ?? throw new InvalidOperationException($"no variant for {key}"));
        return variants;
    }

    private static async Task<string?> VariantAsync(HttpClient client, string body, string unit, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/predict") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Mlops-Unit", unit);
        using var answer = await client.SendAsync(request, ct);
        var text = await answer.Content.ReadAsStringAsync(ct);
        Assert.True(answer.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.TryGetProperty("variant", out var variant) ? variant.GetString() : null;
    }
}
