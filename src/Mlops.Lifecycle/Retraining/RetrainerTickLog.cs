using System.Text.Json;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// reports/continuous_training/ticks.jsonl in the workspace: one JSON line per tick that evaluated the triggers, fired
/// or not, with every trigger's result and figures, so "why did it (not) retrain at 03:00" can be read back.
/// </summary>
public static class RetrainerTickLog
{
    public const string RelativePath = "reports/continuous_training/ticks.jsonl";

    private static readonly object Gate = new();

    public static string PathIn(string workspace) => Path.Combine(Path.GetFullPath(workspace), RelativePath);

    public static void Append(string workspace, string tickId, TriggerReport report, bool forced, bool dryRun)
    {
        var line = JsonSerializer.Serialize(new
        {
            tick = tickId,
            at = report.At.ToUniversalTime().ToString("O"),
            model = report.ModelName,
            last_training_at = report.LastTrainingAt?.ToUniversalTime().ToString("O"),
            fired = report.AnyFired,
            forced,
            dry_run = dryRun,
            triggers = report.Results.Select(r => new { name = r.Name, enabled = r.Enabled, fired = r.Fired, reason = r.Reason, figures = r.Figures }),
        });
        var path = PathIn(workspace);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Two ticks of one process (watch and a test) append whole lines; other processes are kept out by the lease.
        lock (Gate)
        {
            File.AppendAllText(path, line + "\n");
        }
    }
}
