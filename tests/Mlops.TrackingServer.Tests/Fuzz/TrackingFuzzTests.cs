using System.Collections.Concurrent;
using System.Text;

namespace Mlops.TrackingServer.Tests.Fuzz;

public sealed class TrackingFuzzTests
{
    private const int Workers = 4;
    private const int PerWorker = 1_300;

    /// <summary>Fixed in CI; MLOPS_FUZZ_SEED explores others (a failure prints the seed that reproduces it).</summary>
    private static readonly int FirstSeed = int.TryParse(Environment.GetEnvironmentVariable("MLOPS_FUZZ_SEED"), out var seed) ? seed : 4_100;

    [Fact]
    public async Task HostileRequests_FiveThousandTwoHundred_NoServerErrorAndNoStorePath()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        var runId = created!["run"]!["info"]!["run_id"]!.GetValue<string>();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var seed = FirstSeed + w;
            var requests = new FuzzRequests(seed, runId);
            for (var i = 0; i < PerWorker; i++)
            {
                using var request = requests.Next();
                using var response = await harness.Client.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                var text = await response.Content.ReadAsStringAsync();
                if ((status >= 500 || text.Contains(harness.Folder, StringComparison.Ordinal)) && failures.Count < 10)
                {
                    failures.Enqueue($"seed {seed} request {i}: {requests.Kind} -> {status}\n  body: {Preview(requests.Body)}\n  answer: {text[..Math.Min(text.Length, 400)]}");
                }
            }
        })));

        Assert.True(failures.IsEmpty, string.Join("\n", failures) + "\nServer log:\n" + string.Join("\n", harness.ServerLog.Lines.Take(5)));
        Assert.Equal(Workers * PerWorker, statuses.Values.Sum());
        var summary = string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        Assert.True(statuses.GetValueOrDefault(200) > 200, summary);
        Assert.True(statuses.GetValueOrDefault(400) > 2_000, summary);
        Assert.Equal("OK", await harness.Client.GetStringAsync("health"));
    }

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)]);
        return new string(text.Select(c => char.IsControl(c) ? '·' : c).ToArray()) + (body.Length > 300 ? $"… ({body.Length} bytes)" : "");
    }
}
