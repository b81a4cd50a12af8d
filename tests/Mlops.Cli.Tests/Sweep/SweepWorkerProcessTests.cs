using System.Text.Json;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Sweep;

/// <summary>
/// `mlops sweep` trains every lane in a worker process (`mlops sweep --worker`), since ML.NET trains one LightGBM model
/// at a time per process; the trials' scores must not depend on how many lanes there are.
/// </summary>
public sealed class SweepWorkerProcessTests
{
    private static readonly string[] SixTrials =
    [
        "sweep", "--grid", "model.lightgbm.num_leaves=4,8,16", "--grid", "model.lightgbm.learning_rate=0.1,0.2",
        "--set", "sweep.folds=2", "--set", "model.lightgbm.num_iterations=5", "--json",
    ];

    [Fact]
    public async Task Sweep_TwoLanes_TwoWorkerProcessesAndTheSameScoresAsOneLane()
    {
        using var ws = Workspace.Create();

        var parallel = await CliProcess.RunAsync(ws.Root, [.. SixTrials, "--parallelism", "2"]);
        var sequential = await CliProcess.RunAsync(ws.Root, [.. SixTrials, "--parallelism", "1"]);

        Assert.True(parallel.ExitCode == 0, parallel.Output);
        Assert.True(sequential.ExitCode == 0, sequential.Output);
        using var p = JsonDocument.Parse(parallel.Stdout);
        using var s = JsonDocument.Parse(sequential.Stdout);
        Assert.Equal(2, p.RootElement.GetProperty("worker_processes").GetInt32());
        Assert.Equal(1, s.RootElement.GetProperty("worker_processes").GetInt32());
        Assert.Equal(Scores(s), Scores(p));
        Assert.Equal(6, Scores(p).Count);
    }

    [Fact]
    public async Task SweepWorker_GarbageJob_ExitsWithAnErrorNamingIt()
    {
        using var ws = Workspace.Create();
        var start = CliProcess.StartInfo(ws.Root, ["sweep", "--worker"]);
        start.RedirectStandardInput = true;

        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("not json");
        process.StandardInput.Close();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("not json", stderr);
    }

    private static List<string> Scores(JsonDocument sweep) => sweep.RootElement.GetProperty("trials").EnumerateArray()
        .OrderBy(t => t.GetProperty("number").GetInt32())
        .Select(t => $"{t.GetProperty("number").GetInt32()}:{t.GetProperty("mean").GetDouble():R}:{t.GetProperty("std").GetDouble():R}")
        .ToList();
}
