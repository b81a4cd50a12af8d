using System.Globalization;
using Mlops.Core.Registry;
using Mlops.Lifecycle.Promotion;

namespace Mlops.Lifecycle.Registration;

public sealed partial class ModelRegistrar
{
    // Each lost move means another registration crowned itself meanwhile; a handful covers any realistic burst.
    private const int MaxDecisions = 5;

    /// <summary>Who the alias history names for a champion move made by a pipeline registration.</summary>
    public const string PipelineActor = "pipeline";

    /// <summary>
    /// Decides against the current champion and moves the alias only if it still points there. When another
    /// registration moved it first, decides again against the new champion, so the loser crowns only if it beats it.
    /// </summary>
    private async Task<(PromotionDecision Decision, ChampionSnapshot? Champion, List<string> Reasons)> CrownAsync(
        RegistrationRequest request, int version, CancellationToken ct)
    {
        var champion = await ChampionAsync(request.ModelName, request.ChampionAlias, ct);
        var decision = request.Policy.Decide(version, request.Metrics, champion);
        var reasons = new List<string>(decision.Reasons);
        for (var attempt = 1; decision.Crown; attempt++)
        {
            var note = new AliasChangeNote(PipelineActor, string.Join("; ", decision.Reasons));
            if (await registry.MoveAliasAsync(request.ModelName, request.ChampionAlias, version, decision.DecidedAgainst, note, ct))
            {
                break;
            }
            champion = await ChampionAsync(request.ModelName, request.ChampionAlias, ct);
            decision = request.Policy.Decide(version, request.Metrics, champion);
            var moved = champion is null ? "was removed" : $"moved to version {champion.Version}";
            if (attempt == MaxDecisions && decision.Crown)
            {
                decision = decision with { Crown = false };
                reasons.Add($"not crowned: the alias {moved} again while deciding, {MaxDecisions} times; run `mlops` again to retry");
                break;
            }
            reasons.Add($"the alias {moved} while deciding; decided again: {decision.Reasons[^1]}");
        }
        return (decision, champion, reasons);
    }

    /// <summary>The policy's view of the candidate, with the alias left where it is: the caller decides (a retrain's gate).</summary>
    private async Task<(PromotionDecision Decision, ChampionSnapshot? Champion, List<string> Reasons)> HoldAsync(
        RegistrationRequest request, int version, CancellationToken ct)
    {
        var champion = await ChampionAsync(request.ModelName, request.ChampionAlias, ct);
        var decision = request.Policy.Decide(version, request.Metrics, champion) with { Crown = false };
        var reasons = new List<string>(decision.Reasons)
        {
            "not crowned here: registered without promotion, the caller decides whether the alias moves",
        };
        return (decision, champion, reasons);
    }

    /// <summary>The alias's version and its metrics, read without treating an unset alias as an error.</summary>
    private async Task<ChampionSnapshot?> ChampionAsync(string name, string alias, CancellationToken ct)
    {
        var model = await registry.GetRegisteredModelAsync(name, ct);
        if (!model.Aliases.TryGetValue(alias, out var number))
        {
            return null;
        }
        var version = (await registry.ListModelVersionsAsync(name, ct)).FirstOrDefault(v => v.Version == number);
        return version is null ? new ChampionSnapshot(number, Metrics: null) : new ChampionSnapshot(number, await MetricsOfAsync(version, ct));
    }

    /// <summary>A version's metrics from its tags, completed by the metrics of the run that produced it.</summary>
    private async Task<IReadOnlyDictionary<string, double>> MetricsOfAsync(ModelVersion version, CancellationToken ct)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, text) in version.Tags)
        {
            if (key.StartsWith(MetricTagPrefix, StringComparison.Ordinal)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                metrics[key[MetricTagPrefix.Length..]] = value;
            }
        }
        if (metrics.Count == 0 && version.RunId is not null)
        {
            foreach (var metric in await RunMetricsAsync(version.RunId, ct))
            {
                metrics[metric.Key] = metric.Value;
            }
        }
        return metrics;
    }
}
