using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What the gate decided for a candidate against the champion: <see cref="Promote"/> only when both rules passed, and
/// one sentence per rule in <see cref="Reasons"/> (new holdout first, then the original held-out set).
/// </summary>
public sealed record RetrainGateDecision(
    bool Promote,
    string Metric,
    MetricDirection Direction,
    int CandidateVersion,
    int? ChampionVersion,
    RetrainGateScores Candidate,
    RetrainGateScores? Champion,
    IReadOnlyList<string> Reasons)
{
    public const string Promoted = "promoted";
    public const string Rejected = "rejected";

    /// <summary>promoted | rejected, as the version's mlops.gate.decision tag says.</summary>
    public string Verdict => Promote ? Promoted : Rejected;

    /// <summary>The reasons as one text, for tags and the audit run.</summary>
    public string ReasonText => string.Join(" ", Reasons.Select(r => r.EndsWith('.') ? r : r + "."));
}
