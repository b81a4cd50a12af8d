using System.Net.Http.Headers;
using System.Text.Json;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.Feedback;

/// <summary>`mlops serve --prediction-log-uri`: the server logs to the named store, which feedback import then labels.</summary>
public sealed partial class FeedbackImportTests
{
    [Fact]
    public async Task Serve_PredictionLogUri_PredictionLoggedThereAndLabelledFromIt()
    {
        var logPath = Path.Combine(Ws.PathOf($"served-log-{Guid.NewGuid():N}"), "log.db");
        var logUri = $"sqlite:///{logPath}";

        var id = await ServeOnePredictionAsync("--prediction-log-uri", logUri);
        var import = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--prediction-log-uri", logUri,
            "--input", Write($"prediction_id,label\n{id},{(await PackageClassesAsync())[0]}\n"));

        using (var store = SqliteStore.Open(logPath, Path.GetTempPath()))
        {
            Assert.Contains(id, (await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 100 })).Records.Select(r => r.Id));
        }
        using (var tracking = StoreProbe.Open(Ws))
        {
            Assert.DoesNotContain(id, (await tracking.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 1_000 })).Records.Select(r => r.Id));
        }
        Assert.True(import.ExitCode == 0, import.Output);
    }

    /// <summary>
    /// Starts `mlops serve` with <paramref name="storeArgs"/>, scores the example request once, stops it with SIGTERM (which
    /// drains the log) and returns the id.
    /// </summary>
    private async Task<string> ServeOnePredictionAsync(params string[] storeArgs)
    {
        await using var serve = await ServeProcess.StartAsync(Ws.Root,
            ["--model", $"models:/{Registered}/1", "--port", "0", "--poll-interval", "0", .. storeArgs]);
        Assert.Contains("prediction log on", serve.StartLine, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = serve.Url };
        var body = new StringContent(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "examples", "request.json")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var answer = await client.PostAsync("/predict", body);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("prediction_id").GetString()!;
        await serve.StopAsync();
        return id;
    }
}
