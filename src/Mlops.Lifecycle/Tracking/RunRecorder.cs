using Mlops.Core.Tracking;
using Mlops.Pipeline.Running;
using Mlops.Lifecycle.Stages;

namespace Mlops.Lifecycle.Tracking;

/// <summary>Writes what a finished pipeline run produced into its tracked run: params, metrics, stage tags and report files.</summary>
public static class RunRecorder
{
    /// <summary>Returns every metric logged: metrics.json's keys as they are, data quality under `data.`, training under `train.`.</summary>
    public static async Task<IReadOnlyDictionary<string, double>> RecordAsync(PipelineSession session, ActiveRun run,
        PipelineRunResult result, CancellationToken ct)
    {
        var paths = new StagePaths(session.Params);
        await run.LogParamsAsync(ParamsFlattener.Flatten(session.Document.ToYaml()), ct);

        var tags = new Dictionary<string, string>
        {
            ["stages_ran"] = string.Join(",", result.Ran),
            ["stages_skipped"] = string.Join(",", result.Stages.Where(s => s.Outcome == StageOutcome.Skipped).Select(s => s.Stage)),
        };
        if (session.Registration is { } registration)
        {
            tags["registered_model"] = registration.ModelName;
            tags["registered_version"] = registration.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await run.SetTagsAsync(tags, ct);

        var all = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var sources = new (string Path, string Prefix)[] { (paths.Metrics, ""), (paths.DataQuality, "data"), (paths.TrainReport, "train") };
        foreach (var (relative, prefix) in sources)
        {
            var full = session.FullPath(relative);
            if (!File.Exists(full))
            {
                continue;
            }
            var metrics = JsonMetrics.Flatten(await File.ReadAllTextAsync(full, ct), prefix);
            await run.LogMetricsAsync(metrics, ct: ct);
            foreach (var (key, value) in metrics)
            {
                all[key] = value;
            }
        }
        await run.FlushAsync(ct);

        var reports = session.FullPath(session.Params.Data.ReportsDir);
        if (Directory.Exists(reports))
        {
            await run.LogArtifactsAsync(reports, "reports", ct);
        }
        return all;
    }
}
