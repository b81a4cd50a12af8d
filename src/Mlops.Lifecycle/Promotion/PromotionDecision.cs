using Mlops.Core.Registry;

namespace Mlops.Lifecycle.Promotion;

/// <summary>What the policy decided for one candidate version, and why.</summary>
/// <param name="Stage">Staging when the candidate met the threshold, else None.</param>
/// <param name="Crown">True when the champion alias should move to the candidate.</param>
/// <param name="AlreadyChampion">True when the candidate is the champion already (a reused version), so nothing moves.</param>
/// <param name="DecidedAgainst">The champion version the decision was made against (null: there was none); the alias
/// moves only if it still points there.</param>
/// <param name="Reasons">One human-readable sentence per rule applied, Staging first.</param>
public sealed record PromotionDecision(
    ModelStage Stage,
    bool Crown,
    bool AlreadyChampion,
    int? DecidedAgainst,
    IReadOnlyList<string> Reasons)
{
    public bool PassedStaging => Stage == ModelStage.Staging;
}
