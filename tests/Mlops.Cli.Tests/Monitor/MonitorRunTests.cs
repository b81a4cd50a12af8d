using System.Text.Json;
using System.Xml.Linq;
using Mlops.Cli.Commands.Monitor;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Monitor;

/// <summary>`mlops monitor run` and `monitor show` end to end on a workspace the pipeline ran in, with predictions logged as `serve` logs them.</summary>
public sealed class MonitorRunTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private Workspace Ws => fixture.Workspace;

    private Task<CliProcess.Result> MonitorAsync(params string[] args) =>
        CliProcess.RunAsync(Ws.Root, ["monitor", .. args, "--tracking-uri", Ws.TrackingUri]);

    [Fact]
    public async Task MonitorRun_WeightShiftedUnderChampion_Exit3WithWeightFlaggedOnTheRunAndInTheHtml()
    {
        await ServedTraffic.LogAsync(Ws, $"models:/{ServedTraffic.Model}@champion", rows: 600, seed: 1, shift: 40);

        var result = await MonitorAsync("run", "--window", "500", "--json");

        Assert.True(result.ExitCode == MonitorRunCommand.ExitFinding, result.Output);
        using var output = JsonDocument.Parse(result.Stdout);
        var runId = output.RootElement.GetProperty("run_id").GetString()!;
        Assert.True(output.RootElement.GetProperty("drift_detected").GetBoolean());
        using var store = StoreProbe.Open(Ws);
        var run = await store.Tracking.GetRunAsync(runId);
        Assert.Equal(1, run.Metrics.Single(m => m.Key == "drift.detected.Weight").Value);
        Assert.Equal(500, run.Metrics.Single(m => m.Key == "window.rows").Value);
        Assert.Contains(run.Metrics, m => m.Key == "drift.score.Age");
        Assert.Contains(run.Metrics, m => m.Key == "performance.estimated_accuracy");
        Assert.Equal("1", run.Tags["mlops.monitoring.model_version"]);
        var experiment = await store.Tracking.GetExperimentAsync(run.Info.ExperimentId);
        Assert.Equal($"monitoring/{ServedTraffic.Model}", experiment.Name);

        var html = File.ReadAllText(store.Artifacts.TryGetLocalPath(run.Info.ArtifactUri, "drift_report.html")!);
        var start = html.IndexOf("<table id=\"drift-table\"", StringComparison.Ordinal);
        var table = XElement.Parse(html[start..(html.IndexOf("</table>", start, StringComparison.Ordinal) + "</table>".Length)]);
        var rows = table.Descendants("tbody").Single().Elements("tr").ToDictionary(r => r.Elements("td").First().Value, r => r.Elements("td").ToList());
        Assert.Equal(16 + 1, rows.Count); // every input, then the predicted class
        Assert.Equal("yes", rows["Weight"][6].Value);
        Assert.NotNull(store.Artifacts.TryGetLocalPath(run.Info.ArtifactUri, "drift_report.json"));

        var shown = await MonitorAsync("show", runId, "--json");
        Assert.True(shown.ExitCode == 0, shown.Output);
        Assert.Equal(runId, JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("run_id").GetString());
    }

    [Fact]
    public async Task MonitorRun_UnshiftedTrafficUnderAnotherAlias_Exit0NothingFlagged()
    {
        using (var store = StoreProbe.Open(Ws))
        {
            await store.Registry.SetAliasAsync(ServedTraffic.Model, "steady", 1);
        }
        var uri = $"models:/{ServedTraffic.Model}@steady";
        await ServedTraffic.LogAsync(Ws, uri, rows: 500, seed: 2);

        var result = await MonitorAsync("run", "--model", uri, "--since", "1h");

        Assert.True(result.ExitCode == 0, result.Output);
        // A single input may cross its threshold by chance (the rules' false-alarm rate); the verdicts that set the exit code do not.
        Assert.True(result.Stdout.Contains("dataset drift: no (", StringComparison.Ordinal), result.Stdout);
        Assert.Contains("prediction drift: no", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("500 predictions", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonitorRun_AliasWithoutPredictions_ErrorNamingTheModel()
    {
        using (var store = StoreProbe.Open(Ws))
        {
            await store.Registry.SetAliasAsync(ServedTraffic.Model, "idle", 1);
        }

        var result = await MonitorAsync("run", "--model", $"models:/{ServedTraffic.Model}@idle");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no logged predictions of models:/{ServedTraffic.Model}@idle", result.Stderr, StringComparison.Ordinal);
    }
}
