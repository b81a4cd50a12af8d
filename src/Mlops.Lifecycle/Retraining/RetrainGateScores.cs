namespace Mlops.Lifecycle.Retraining;

/// <summary>One model's metrics (the evaluate stage's headline names) on the gate's two sets.</summary>
public sealed record RetrainGateScores(IReadOnlyDictionary<string, double> Holdout, IReadOnlyDictionary<string, double> OriginalHeldOut);
