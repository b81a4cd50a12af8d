using System.Diagnostics;
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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Ws.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "mlops.dll"), "serve", "--model", $"models:/{Registered}/1",
                     "--port", "0", "--poll-interval", "0", .. storeArgs])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("MLOPS_TRACKING_URI");
        start.Environment.Remove("MLFLOW_TRACKING_URI");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var line = await ReadStartLineAsync(process, stderr, timeout.Token);
            Assert.Contains("prediction log on", line, StringComparison.Ordinal);
            // "Serving MODEL from STORE on URL (...)": the store may be an http URL too.
            var url = line[(line.IndexOf(" on http://", StringComparison.Ordinal) + 4)..].Split(' ')[0];
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var body = new StringContent(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "examples", "request.json")));
            body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var answer = await client.PostAsync("/predict", body, timeout.Token);
            Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(timeout.Token));
            var id = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(timeout.Token)).RootElement.GetProperty("prediction_id").GetString()!;
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }
            await process.WaitForExitAsync(timeout.Token);
            return id;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>
    /// The line that names the server's address, once the model reloader has also logged "Serving ... for ..." (the model
    /// is loaded: through an http store that takes a download). The console logger writes from its own thread, so
    /// either line can come first on stdout.
    /// </summary>
    private static async Task<string> ReadStartLineAsync(Process process, Task<string> stderr, CancellationToken cancel)
    {
        string? start = null;
        var loaded = false;
        while (start is null || !loaded)
        {
            var line = await process.StandardOutput.ReadLineAsync(cancel)
                ?? throw new InvalidOperationException("serve exited without its start line and a loaded model: " + await stderr);
            if (line.Contains(" on http://", StringComparison.Ordinal))
            {
                start = line;
            }
            loaded |= line.Contains("Serving ", StringComparison.Ordinal) && line.Contains(" for models:/", StringComparison.Ordinal);
        }
        return start;
    }
}
