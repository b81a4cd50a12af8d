using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Lifecycle.Profiling;
using Mlops.Monitoring.Reports;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The drift and performance triggers: one monitoring computation (as `mlops monitor run`) over the newest window of
/// the model's predictions made since the last training, against the champion's reference profile.
/// </summary>
internal static class WindowTriggers
{
    public static async Task<IReadOnlyList<TriggerResult>> EvaluateAsync(
        RetrainTriggerContext context, ModelVersion champion, DateTimeOffset lastTraining, CancellationToken ct)
    {
        var triggers = context.Settings.Triggers;
        var driftOff = TriggerSwitches.Off(RetrainTriggers.Drift, triggers);
        var performanceOff = TriggerSwitches.Off(RetrainTriggers.Performance, triggers);
        if (driftOff is not null && performanceOff is not null)
        {
            return [driftOff, performanceOff];
        }
        var report = await ReportAsync(context, champion, lastTraining, ct);
        if (report.Report is null)
        {
            return [driftOff ?? NotFired(RetrainTriggers.Drift, report.Reason!), performanceOff ?? NotFired(RetrainTriggers.Performance, report.Reason!)];
        }
        return [driftOff ?? DriftResult(report.Report), performanceOff ?? PerformanceTrigger.Judge(report.Report, triggers)];
    }

    private static async Task<(MonitoringReport? Report, string? Reason)> ReportAsync(
        RetrainTriggerContext context, ModelVersion champion, DateTimeOffset lastTraining, CancellationToken ct)
    {
        var selection = new WindowSelection(context.ModelName)
        {
            MaxRows = context.Settings.Triggers.Window ?? context.Monitoring.Window,
            Since = lastTraining,
        };
        var probe = await context.Log.ListAsync(new PredictionQuery { ModelName = context.ModelName, Since = lastTraining, MaxResults = 1 }, ct);
        if (probe.Records.Count == 0)
        {
            return (null, $"no predictions of {context.ModelName} were logged since the last training ({lastTraining.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)})");
        }
        var options = MonitoringSettings.ToOptions(context.Monitoring);
        var uri = $"models:/{context.ModelName}/{champion.Version}";
        var reference = await MonitoringReference.LoadAsync(context.Tracking, context.Registry, context.Artifacts, uri, "champion", ct);
        var report = await MonitoringRun.ComputeAsync(context.Log, context.Feedback, reference.Profile, reference.Monitored, selection, options, ct);
        return (report, null);
    }

    private static TriggerResult DriftResult(MonitoringReport report)
    {
        var d = report.Drift;
        var figures = new Dictionary<string, double>
        {
            ["drifted_share"] = d.DriftedShare,
            ["share_threshold"] = d.ShareThreshold,
            ["drifted_inputs"] = d.DriftedCount,
            ["window_rows"] = report.Window.Rows,
        };
        var drifted = d.Columns.Where(c => c.Detected).Select(c => c.Feature).ToList();
        var which = drifted.Count == 0 ? "" : $" ({string.Join(", ", drifted)})";
        var reason = $"{d.DriftedCount} of {d.Columns.Count} inputs drifted{which} in the newest {report.Window.Rows} predictions: share "
            + $"{Fmt(d.DriftedShare)} {(d.Detected ? "reaches" : "is below")} monitoring.drift.dataset_drift_share {Fmt(d.ShareThreshold)}";
        return TriggerSwitches.Result(RetrainTriggers.Drift, d.Detected, reason, figures);
    }

    private static TriggerResult NotFired(string name, string reason) => TriggerSwitches.NotFired(name, reason, new Dictionary<string, double>());

    internal static string Fmt(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
