using System.Globalization;
using System.Text.Json;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Records a tick that fired on its parent run: params (triggers, dataset version and rows, rollout mode, gate rules),
/// metrics (trigger figures, both models on both sets, holdout leakage), tags (decision, reasons, versions, rollout)
/// and retrain_decision.json with all of it, so the decision can be read back from the tracking store alone.
/// </summary>
public static class RetrainAudit
{
    public const string DecisionFile = "retrain_decision.json";

    public static async Task RecordAsync(ActiveRun parent, RetrainRequest request, RetrainTickOutcome outcome, string folder, CancellationToken ct)
    {
        var record = RetrainAuditRecord.From(request, outcome);
        await parent.LogParamsAsync(record.Params, ct);
        await parent.LogMetricsAsync(record.Metrics, ct: ct);
        await parent.SetTagsAsync(record.Tags, ct);
        var audit = Path.Combine(folder, "audit");
        Directory.CreateDirectory(audit);
        await File.WriteAllTextAsync(Path.Combine(audit, DecisionFile), JsonSerializer.Serialize(new
        {
            tick = outcome.TickId,
            model = request.ModelName,
            status = outcome.Status.ToString(),
            summary = outcome.Summary,
            child_run_id = outcome.ChildRunId,
            triggers = outcome.Triggers?.Results.Select(r => new { name = r.Name, enabled = r.Enabled, fired = r.Fired, reason = r.Reason, figures = r.Figures }),
            forced = request.Force,
            dataset = outcome.Dataset is { } d ? new { content_hash = d.ContentHash, rows = d.RowsBySource, holdout_leakage_share = d.HoldoutLeakageShare } : null,
            gate = outcome.Gate is { } g ? new
            {
                decision = g.Verdict,
                metric = g.Metric,
                direction = g.Direction.ToString(),
                candidate_version = g.CandidateVersion,
                champion_version = g.ChampionVersion,
                reasons = g.Reasons,
                candidate = g.Candidate,
                champion = g.Champion,
            } : null,
            rollout = outcome.Rollout,
            @params = record.Params,
            metrics = record.Metrics,
            tags = record.Tags,
        }, new JsonSerializerOptions { WriteIndented = true }), ct);
        await parent.LogArtifactsAsync(audit, null, ct);
    }

    /// <summary>The candidate carries the gate's verdict whether or not it was promoted: a rejected version says why.</summary>
    public static async Task TagCandidateAsync(RetrainRequest request, RetrainGateDecision gate, RetrainDataset dataset, string parentRunId,
        CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mlops.gate.decision"] = gate.Verdict,
            ["mlops.gate.reason"] = gate.ReasonText,
            ["mlops.gate.metric"] = gate.Metric,
            ["mlops.gate.holdout_leakage_share"] = RetrainAudit.Number(dataset.HoldoutLeakageShare),
            ["mlops.retrain.parent_run_id"] = parentRunId,
            ["mlops.retrain.dataset_hash"] = dataset.ContentHash,
        };
        foreach (var (key, value) in RetrainAuditRecord.GateFigures(gate))
        {
            tags["mlops." + key] = RetrainAudit.Number(value);
        }
        foreach (var (key, value) in tags)
        {
            await request.Stores.Stores.Registry.SetModelVersionTagAsync(request.ModelName, gate.CandidateVersion, key, value, ct);
        }
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
