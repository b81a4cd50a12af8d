using System.Diagnostics;
using System.Text.Json;
using Mlops.Lifecycle.Sweeps;

namespace Mlops.Lifecycle.Tests.Sweeps;

/// <summary>
/// The worker process protocol: one JSON line per trial each way; a worker that dies fails only the trial it held, and
/// the trials left when no worker is left train in this process.
/// </summary>
public sealed partial class SweeperTests
{
    [Fact]
    public async Task Worker_JobThenTrials_AnswersTheCrossValidationTheSweepGotInProcess()
    {
        var trial = workspace.First.Ranked[0];
        var job = JsonSerializer.Serialize(new
        {
            workspace = workspace.Root,
            overrides = workspace.Request().Overrides,
            folds = 3,
        });
        var input = new StringReader(string.Join('\n', job, Trial(trial.Trial.Overrides), Trial(["model.trainer=nosuch"])));
        var output = new StringWriter();

        await SweepWorker.RunAsync(input, output);

        var replies = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, replies.Count);
        var cv = replies[0].GetProperty("cv");
        Assert.Equal(trial.Cv!.AccuracyMean, cv.GetProperty("accuracy_mean").GetDouble());
        Assert.Equal(trial.Cv.FoldMacroF1, cv.GetProperty("fold_macro_f1").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Contains("nosuch", replies[1].GetProperty("error").GetString());
    }

    [Fact]
    public async Task RunAsync_BothWorkersExitAfterOneTrial_ThoseTrialsFailedWithTheExitCodeAndTheRestRunHere()
    {
        var request = workspace.Request() with
        {
            RandomTrials = 4,
            Seed = SweepWorkspace.Seed,
            WorkerProcess = () => new ProcessStartInfo("sh", ["-c", "read job; read trial; echo dying >&2; exit 3"]),
        };

        var outcome = await new Sweeper().RunAsync(request);

        var failed = outcome.Ranked.Where(r => r.Failed).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, f => Assert.Contains("exited with code 3", f.Error));
        Assert.All(failed, f => Assert.Contains("dying", f.Error));
        Assert.Equal(2, outcome.Ranked.Count(r => !r.Failed));
        Assert.Equal(2, outcome.WorkerProcesses);
        Assert.NotNull(outcome.BestRun);
    }

    private static string Trial(IReadOnlyList<string> overrides) => JsonSerializer.Serialize(new { overrides });
}
