using Mlops.Core.Coordination;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What one tick did, with a one-sentence <see cref="Summary"/>. The other members are set as far as the tick got.
/// </summary>
/// <param name="HeldBy">The lease's holder and expiry when <see cref="RetrainTickStatus.LeaseHeld"/>.</param>
/// <param name="Triggers">Every trigger's result (not when the lease was held).</param>
/// <param name="ParentRunId">The audit run in continuous_training.experiment; the pipeline run <paramref name="ChildRunId"/> is its child.</param>
public sealed record RetrainTickOutcome(string TickId, RetrainTickStatus Status, string Summary,
    Lease? HeldBy = null, TriggerReport? Triggers = null, string? ParentRunId = null, string? ChildRunId = null,
    RetrainDataset? Dataset = null, RetrainGateDecision? Gate = null, RolloutResult? Rollout = null);
