namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What the rollout did: the mode, whether the champion alias moved (from → to), a sentence saying so, and the A/B test
/// it started or concluded (shadow and ab).
/// </summary>
public sealed record RolloutResult(string Mode, bool Moved, int? FromVersion, int? ToVersion, string Sentence, string? AbTest = null);
