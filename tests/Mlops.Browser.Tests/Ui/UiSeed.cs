using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;

namespace Mlops.Browser.Tests.Ui;

/// <summary>
/// What the UI tests look at: one experiment of <see cref="RunCount"/> runs whose accuracy grows with the index, the
/// trainer alternating, a history of 5 steps per run, an artifact of each previewed kind on the first run, and one run
/// whose name is markup (it must render as text).
/// </summary>
public sealed record UiSeed(string ExperimentId, IReadOnlyList<string> RunIds, string ScriptRunId)
{
    public const string ExperimentName = "ui-tests";

    public const int RunCount = 6;

    public const string ScriptName = "<script>alert(1)</script>";

    private const long Start = 1_767_225_600_000; // 2026-01-01T00:00:00Z

    public static async Task<UiSeed> WriteAsync(ITrackingStore tracking, IArtifactStore artifacts, string scratch)
    {
        var experiment = await tracking.CreateExperimentAsync(ExperimentName);
        var runs = new List<string>();
        for (var i = 0; i < RunCount; i++)
        {
            var run = await tracking.CreateRunAsync(experiment, $"run-{i}", Start + i * 60_000);
            var metrics = Enumerable.Range(0, 5).Select(step => new Metric("accuracy", 0.5 + i * 0.05 + step * 0.01, Start + i * 60_000 + step, step))
                .Append(new Metric("log_loss", 1.0 - i * 0.1, Start + i * 60_000, 0)).ToList();
            await tracking.LogBatchAsync(run.RunId, metrics,
                new Dictionary<string, string> { ["trainer"] = i % 2 == 0 ? "lightgbm" : "fasttree", ["learning_rate"] = (0.05 * (i + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["seed"] = "42" },
                new Dictionary<string, string> { ["data_hash"] = "d" + i, ["params_hash"] = "p" + i, ["git_commit"] = "abc123" });
            await tracking.UpdateRunAsync(run.RunId, RunStatus.Finished, Start + i * 60_000 + 30_000);
            runs.Add(run.RunId);
        }
        var script = await tracking.CreateRunAsync(experiment, ScriptName, Start + RunCount * 60_000,
            new Dictionary<string, string> { ["note"] = "<b>not bold</b>" });
        await LogArtifactsAsync(artifacts, (await tracking.GetRunAsync(runs[0])).Info.ArtifactUri, scratch);
        return new UiSeed(experiment, runs, script.RunId);
    }

    private static async Task LogArtifactsAsync(IArtifactStore artifacts, string root, string scratch)
    {
        var files = Path.Combine(scratch, "seed-artifacts");
        Directory.CreateDirectory(Path.Combine(files, "plots"));
        await File.WriteAllTextAsync(Path.Combine(files, "metrics.json"), "{\"accuracy\": 0.75, \"note\": \"<i>x</i>\"}");
        await File.WriteAllTextAsync(Path.Combine(files, "sample.csv"), "a,b\n1,<b>2</b>\n3,4\n");
        await File.WriteAllTextAsync(Path.Combine(files, "notes.txt"), "plain text");
        await File.WriteAllTextAsync(Path.Combine(files, "plots", "curve.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#39c\"/></svg>");
        await artifacts.LogArtifactsAsync(root, files);
    }
}
