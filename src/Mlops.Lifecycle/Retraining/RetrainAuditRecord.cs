namespace Mlops.Lifecycle.Retraining;

/// <summary>The params, metrics and tags of a retrain's parent run, built from what the tick did.</summary>
public sealed record RetrainAuditRecord(
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags)
{
    public static RetrainAuditRecord From(RetrainRequest request, RetrainTickOutcome outcome)
    {
        var settings = request.Params.ContinuousTraining;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["model_name"] = request.ModelName,
            ["forced"] = request.Force ? "true" : "false",
            ["rollout.mode"] = settings.Rollout.Mode,
            ["gate.metric"] = settings.Gate.Metric,
            ["gate.min_margin"] = RetrainAudit.Number(settings.Gate.MinMargin),
            ["gate.max_original_drop"] = RetrainAudit.Number(settings.Gate.MaxOriginalDrop),
            ["data.rows"] = settings.Data.Rows,
        };
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mlops.retrain.status"] = outcome.Status.ToString(),
            ["mlops.retrain.summary"] = outcome.Summary,
        };
        if (outcome.Triggers is { } triggers)
        {
            parameters["triggers.fired"] = string.Join(",", triggers.Fired.Select(r => r.Name));
            parameters["triggers.enabled"] = string.Join(",", triggers.Results.Where(r => r.Enabled).Select(r => r.Name));
            foreach (var result in triggers.Results)
            {
                foreach (var (figure, value) in result.Figures)
                {
                    metrics[$"trigger.{result.Name}.{figure}"] = value;
                }
            }
        }
        if (outcome.Dataset is { } data)
        {
            parameters["dataset.content_hash"] = data.ContentHash;
            foreach (var (source, rows) in data.RowsBySource)
            {
                parameters[$"dataset.rows.{source}"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            metrics["dataset.holdout_leakage_share"] = data.HoldoutLeakageShare;
        }
        if (outcome.Gate is { } gate)
        {
            tags["mlops.gate.decision"] = gate.Verdict;
            tags["mlops.gate.reason"] = gate.ReasonText;
            tags["mlops.retrain.candidate_version"] = gate.CandidateVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (gate.ChampionVersion is { } champion)
            {
                tags["mlops.retrain.champion_version"] = champion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            foreach (var (key, value) in GateFigures(gate))
            {
                metrics[key] = value;
            }
        }
        if (outcome.Rollout is { } rollout)
        {
            tags["mlops.retrain.rollout"] = rollout.Sentence;
        }
        if (outcome.ChildRunId is { } child)
        {
            tags["mlops.retrain.child_run_id"] = child;
        }
        return new RetrainAuditRecord(parameters, metrics, tags);
    }

    /// <summary>gate.holdout.&lt;metric&gt;.candidate / .champion and gate.original.&lt;metric&gt;... (also the version tags' names).</summary>
    public static IEnumerable<KeyValuePair<string, double>> GateFigures(RetrainGateDecision gate)
    {
        foreach (var (set, mine, theirs) in new[]
        {
            ("holdout", gate.Candidate.Holdout, gate.Champion?.Holdout),
            ("original", gate.Candidate.OriginalHeldOut, gate.Champion?.OriginalHeldOut),
        })
        {
            foreach (var (metric, value) in mine)
            {
                yield return new($"gate.{set}.{metric}.candidate", value);
                if (theirs is not null && theirs.TryGetValue(metric, out var held))
                {
                    yield return new($"gate.{set}.{metric}.champion", held);
                }
            }
        }
    }
}
