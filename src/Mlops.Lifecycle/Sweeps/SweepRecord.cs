using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Training.Data;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>What the parent run records: the trial counts and best score, the results table, the retrained best's run and version.</summary>
internal static class SweepRecord
{
    public const string ResultsFile = "sweep_results.csv";

    public static async Task TrialsAsync(ActiveRun parent, SweepOutcome outcome, CancellationToken ct)
    {
        var failed = outcome.Ranked.Count(r => r.Failed);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["trials_finished"] = outcome.Ranked.Count - failed,
            ["trials_failed"] = failed,
            ["trials_seconds"] = Math.Round(outcome.TrialsElapsed.TotalSeconds, 3),
            ["worker_processes"] = outcome.WorkerProcesses,
        };
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (outcome.Best is { } best)
        {
            var (mean, std) = best.Score(outcome.Metric);
            metrics[$"best_{outcome.Metric}_mean"] = mean;
            metrics[$"best_{outcome.Metric}_std"] = std;
            tags[SweepTags.BestTrial] = best.Trial.Number.ToString(CultureInfo.InvariantCulture);
            tags[SweepTags.BestRun] = best.RunId;
            tags[SweepTags.BestOverrides] = string.Join(" ", best.Trial.Overrides);
        }
        await parent.LogMetricsAsync(metrics, ct: ct);
        if (tags.Count > 0)
        {
            await parent.SetTagsAsync(tags, ct);
        }
        var folder = Directory.CreateTempSubdirectory("mlops-sweep-");
        try
        {
            var file = Path.Combine(folder.FullName, ResultsFile);
            await File.WriteAllTextAsync(file, Csv(outcome), ct);
            await parent.LogArtifactsAsync(file, null, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static async Task BestAsync(ActiveRun parent, SweepOutcome outcome, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (outcome.BestRun?.RunId is { } runId)
        {
            tags[SweepTags.PipelineRun] = runId;
        }
        if (outcome.BestRun?.Registration is { } registration)
        {
            tags["registered_model"] = registration.ModelName;
            tags["registered_version"] = registration.Version.ToString(CultureInfo.InvariantCulture);
        }
        if (tags.Count > 0)
        {
            await parent.SetTagsAsync(tags, ct);
        }
    }

    /// <summary>Marks the parent FAILED with the reason; a store that fails too must not hide the original error.</summary>
    public static async Task FailAsync(ActiveRun parent, string reason, SweepRequest request)
    {
        try
        {
            await parent.SetTagsAsync(new Dictionary<string, string> { [SweepTags.Error] = reason }, CancellationToken.None);
            await parent.EndAsync(RunStatus.Failed, CancellationToken.None);
        }
        catch (Exception storeError) when (storeError is not OperationCanceledException)
        {
            request.Say($"could not mark the sweep run {parent.RunId} FAILED: {storeError.Message}");
        }
    }

    /// <summary>The table plus each trial's run id, one row per trial.</summary>
    private static string Csv(SweepOutcome outcome)
    {
        var table = SweepTable.Of(outcome);
        var lines = new List<string> { CsvWriter.FormatLine([.. table.Header, "run_id"]) };
        lines.AddRange(table.Rows.Select((row, i) => CsvWriter.FormatLine([.. row, outcome.Ranked[i].RunId])));
        return string.Join('\n', lines) + "\n";
    }
}
