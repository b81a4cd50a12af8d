using System.Globalization;
using Mlops.Core.Registry;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Promotion;

public sealed partial record PromotionPolicy
{
    /// <summary>Decides Staging and the champion alias for <paramref name="candidateVersion"/> from metrics alone.</summary>
    /// <param name="champion">The current champion, or null when the alias is not set.</param>
    public PromotionDecision Decide(int candidateVersion, IReadOnlyDictionary<string, double> candidate, ChampionSnapshot? champion)
    {
        var reasons = new List<string>();
        var staged = MeetsStaging(candidate, reasons);
        var stage = staged ? ModelStage.Staging : ModelStage.None;
        if (champion?.Version == candidateVersion)
        {
            reasons.Add($"version {candidateVersion} is already the champion");
            return new PromotionDecision(stage, Crown: false, AlreadyChampion: true, champion.Version, reasons);
        }
        var crown = staged && BeatsChampion(candidate, champion, reasons) && PassesGuards(candidate, champion, reasons);
        if (!staged)
        {
            reasons.Add("not crowned: only a version in Staging can become the champion");
        }
        return new PromotionDecision(stage, crown, AlreadyChampion: false, champion?.Version, reasons);
    }

    /// <summary>Whether the candidate enters Staging; it does not depend on the champion.</summary>
    public bool ReachesStaging(IReadOnlyDictionary<string, double> candidate) => MeetsStaging(candidate, []);

    private bool MeetsStaging(IReadOnlyDictionary<string, double> candidate, List<string> reasons)
    {
        if (!candidate.TryGetValue(StagingMetric, out var value) || double.IsNaN(value))
        {
            reasons.Add($"registry.staging_metric '{StagingMetric}' is not among the candidate's metrics; it stays at None");
            return false;
        }
        var met = StagingDirection == MetricDirection.HigherIsBetter ? value >= StagingThreshold : value <= StagingThreshold;
        var relation = (met, StagingDirection) switch
        {
            (true, MetricDirection.HigherIsBetter) => "reaches",
            (true, _) => "is within",
            (false, MetricDirection.HigherIsBetter) => "is below",
            (false, _) => "is above",
        };
        reasons.Add($"{StagingMetric} {F(value)} {relation} registry.staging_threshold {F(StagingThreshold)}: {(met ? "Staging" : "stays at None")}");
        return met;
    }

    /// <summary>The champion rule alone: whether the candidate beats <paramref name="champion"/>, with one sentence added to <paramref name="reasons"/>.</summary>
    public bool BeatsChampion(IReadOnlyDictionary<string, double> candidate, ChampionSnapshot? champion, List<string> reasons)
    {
        if (!candidate.TryGetValue(ChampionMetric, out var value) || double.IsNaN(value))
        {
            reasons.Add($"not crowned: registry.champion_metric '{ChampionMetric}' is not among the candidate's metrics");
            return false;
        }
        if (champion is null)
        {
            reasons.Add("crowned: there is no current champion");
            return true;
        }
        if (champion.Metrics is null)
        {
            reasons.Add($"crowned: the champion, version {champion.Version}, no longer exists");
            return true;
        }
        if (!champion.Metrics.TryGetValue(ChampionMetric, out var held) || double.IsNaN(held))
        {
            reasons.Add($"crowned: the champion, version {champion.Version}, has no {ChampionMetric} to compare with");
            return true;
        }
        var gain = ChampionDirection == MetricDirection.HigherIsBetter ? value - held : held - value;
        var versus = $"{ChampionMetric} {F(value)} against version {champion.Version}'s {F(held)}";
        if (gain == 0)
        {
            reasons.Add($"not crowned: {versus} is a tie, and a tie never takes the alias");
            return false;
        }
        if (gain < 0)
        {
            reasons.Add($"not crowned: {versus} is worse ({Better()} is better)");
            return false;
        }
        if (gain < MinMargin - MarginTolerance)
        {
            reasons.Add($"not crowned: {versus} is better by {F(gain)}, less than {MarginKey} {F(MinMargin)}");
            return false;
        }
        reasons.Add($"crowned: {versus} is better by {F(gain)}" + (MinMargin > 0 ? $" ({MarginKey} {F(MinMargin)})" : ""));
        return true;
    }

    private string Better() => ChampionDirection == MetricDirection.HigherIsBetter ? "higher" : "lower";

    private static string F(double value) => value.ToString("0.0000####", CultureInfo.InvariantCulture);
}
