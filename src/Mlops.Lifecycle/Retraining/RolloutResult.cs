namespace Mlops.Lifecycle.Retraining;

/// <summary>What the rollout did: the mode, whether the champion alias moved (from → to), and a sentence saying so.</summary>
public sealed record RolloutResult(string Mode, bool Moved, int? FromVersion, int? ToVersion, string Sentence);
