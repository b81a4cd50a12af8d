using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// A report as a finished tracked run: tags at start, the metrics, the report's files (name → content) as artifacts
/// written through a temporary folder, then the run ended. Shared by the monitoring and A/B recorders.
/// </summary>
internal static class TrackedReportRun
{
    public static async Task<string> RecordAsync(
        ITrackingStore tracking, IArtifactStore artifacts, string experiment, string runName, IReadOnlyDictionary<string, string> tags,
        IReadOnlyDictionary<string, double> metrics, IReadOnlyDictionary<string, string> files, TimeProvider time, CancellationToken ct)
    {
        await using var run = await ActiveRun.StartAsync(tracking, artifacts, experiment, runName, tags, time, ct);
        await run.LogMetricsAsync(metrics, ct: ct);
        var folder = Directory.CreateTempSubdirectory("mlops-report-").FullName;
        try
        {
            foreach (var (name, content) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name), content, ct);
            }
            await run.LogArtifactsAsync(folder, ct: ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        await run.EndAsync(RunStatus.Finished, ct);
        return run.RunId;
    }
}
