using Mlops.Core.Tracking;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Running;

namespace Mlops.Lifecycle.Tracking;

/// <summary>Completes a finished pipeline run's record: the lineage not yet logged, stage tags and the report files behind it.</summary>
public static class RunRecorder
{
    /// <summary>Returns every metric logged: metrics.json's keys as they are, data quality under `data.`, training under `train.`.</summary>
    public static async Task<IReadOnlyDictionary<string, double>> RecordAsync(PipelineSession session, ActiveRun run,
        PipelineDefinition definition, RunLineage lineage, PipelineRunResult result, CancellationToken ct)
    {
        var upToDate = await lineage.RecordUpToDateAsync(ct);
        var tags = new Dictionary<string, string>
        {
            ["stages_ran"] = string.Join(",", result.Ran),
            ["stages_skipped"] = string.Join(",", result.Stages.Where(s => s.Outcome == StageOutcome.Skipped).Select(s => s.Stage)),
            // Stages outside it (left stale by a partial run) contributed neither params nor metrics to this run.
            ["mlops.lineage_stages"] = string.Join(",", upToDate),
        };
        if (session.Registration is { } registration)
        {
            tags["registered_model"] = registration.ModelName;
            tags["registered_version"] = registration.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await run.SetTagsAsync(tags, ct);

        // Only the reports of stages in the run's lineage: a stale metrics.json must not travel with it.
        var reportsDir = session.Params.Data.ReportsDir.TrimEnd('/') + "/";
        foreach (var output in definition.TopologicalOrder.Where(s => upToDate.Contains(s.Name)).SelectMany(s => s.Outputs)
                     .Where(o => o.StartsWith(reportsDir, StringComparison.Ordinal)))
        {
            var full = session.FullPath(output);
            if (File.Exists(full) || Directory.Exists(full))
            {
                var folder = Path.GetDirectoryName("reports/" + output[reportsDir.Length..])!.Replace('\\', '/');
                await run.LogArtifactsAsync(full, Directory.Exists(full) ? $"reports/{output[reportsDir.Length..]}" : folder, ct);
            }
        }
        return lineage.Metrics;
    }
}
