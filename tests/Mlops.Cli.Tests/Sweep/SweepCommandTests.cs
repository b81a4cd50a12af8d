using System.Text.Json;
using Mlops.Cli.Infrastructure;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Tests.Sweep;

/// <summary>
/// `mlops sweep` as a user runs it. No real MLflow server can run on this machine (Debian's Python lacks MLflow's
/// `querystring_parser`, see tests/mlflow-suite), so the MLflow REST store is tested against `mlops server`.
/// </summary>
public sealed class SweepCommandTests
{
    // 6 x 2 = 12 trials, small enough (2 folds, 5 boosting rounds) to keep the test quick.
    private static readonly string[] TwelveTrials =
    [
        "sweep", "--grid", "model.lightgbm.num_leaves=4,6,8,12,16,24", "--grid", "model.lightgbm.learning_rate=0.1,0.2",
        "--set", "sweep.folds=2", "--set", "model.lightgbm.num_iterations=5",
    ];

    [Fact]
    public async Task Sweep_ThroughMlopsServerRestStore_TwelveTrialsNestUnderOneParent()
    {
        using var ws = Workspace.Create();
        await using var server = CliDaemon.Start(ws.Root, "server", "--port", "0");
        var url = await UrlOfAsync(server);

        var sweep = await CliProcess.RunAsync(ws.Root, [.. TwelveTrials, "--tracking-uri", url, "--json"]);

        Assert.True(sweep.ExitCode == 0, sweep.Output);
        using var json = JsonDocument.Parse(sweep.Stdout);
        var parentId = json.RootElement.GetProperty("parent_run_id").GetString()!;
        Assert.Equal(12, json.RootElement.GetProperty("trials").GetArrayLength());
        // Read back through the REST store, with the filter MLflow's UI uses to nest runs.
        var rest = StoreFactory.Open(url).Tracking;
        var experiment = (await rest.GetExperimentByNameAsync("obesity-classification"))!;
        var children = (await rest.SearchRunsAsync(new RunSearch([experiment.ExperimentId],
            Filter: $"tags.`mlflow.parentRunId` = '{parentId}'"))).Items;
        Assert.Equal(12, children.Count(c => c.Tags["mlops.sweep.role"] == "trial" && c.Info.Status == RunStatus.Finished));
        Assert.Single(children, c => c.Tags["mlops.sweep.role"] == "best");
        Assert.Equal(RunStatus.Finished, (await rest.GetRunAsync(parentId)).Info.Status);
        Assert.Equal(1, await StoreProbe.VersionCountAsync(ws));
        await server.StopAsync();
    }

    [Fact]
    public async Task Sweep_ThroughMlopsServerRestStore_FailingTrialRecordedFailedWithTheReason()
    {
        using var ws = Workspace.Create();
        await using var server = CliDaemon.Start(ws.Root, "server", "--port", "0");
        var url = await UrlOfAsync(server);

        var sweep = await CliProcess.RunAsync(ws.Root, "sweep", "--grid", "model.trainer=lightgbm,nosuch", "--set", "sweep.folds=2",
            "--set", "model.lightgbm.num_iterations=5", "--tracking-uri", url, "--json");

        Assert.True(sweep.ExitCode == 0, sweep.Output);
        using var json = JsonDocument.Parse(sweep.Stdout);
        var failed = Assert.Single(json.RootElement.GetProperty("trials").EnumerateArray(), t => t.GetProperty("status").GetString() == "FAILED");
        var run = await StoreFactory.Open(url).Tracking.GetRunAsync(failed.GetProperty("run_id").GetString()!);
        Assert.Equal(RunStatus.Failed, run.Info.Status);
        Assert.Contains("model.trainer must be one of", run.Tags["mlops.error"]);
        Assert.Equal("nosuch", run.Params["model.trainer"]);
        Assert.Equal(json.RootElement.GetProperty("parent_run_id").GetString(), run.Tags["mlflow.parentRunId"]);
        await server.StopAsync();
    }

    [Fact]
    public async Task Sweep_NeitherGridNorRandom_UsageErrorNamingBoth()
    {
        using var ws = Workspace.Create();

        var result = await CliProcess.RunAsync(ws.Root, "sweep");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give either --grid KEY=V1,V2 (repeatable) or --random N", result.Output);
    }

    [Fact]
    public async Task Sweep_KeyOutsideModel_RefusedBeforeAnyRun()
    {
        using var ws = Workspace.Create();

        var result = await CliProcess.RunAsync(ws.Root, "sweep", "--grid", "split.seed=1,2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--grid split.seed: a sweep varies only keys under model.", result.Stderr);
        Assert.False(File.Exists(ws.PathOf("mlruns/mlops.db")) && (await StoreProbe.RunsAsync(ws)).Count > 0);
    }

    private static async Task<string> UrlOfAsync(CliDaemon server)
    {
        var listening = await server.WaitForLineAsync(l => l.Contains(" listening on http://", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        return listening[listening.IndexOf("http://", StringComparison.Ordinal)..].Trim();
    }
}
