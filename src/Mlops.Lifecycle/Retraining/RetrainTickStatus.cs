namespace Mlops.Lifecycle.Retraining;

/// <summary>How one retrain tick ended.</summary>
public enum RetrainTickStatus
{
    /// <summary>No trigger fired (and no --force): nothing was trained.</summary>
    NothingFired,

    /// <summary>--dry-run: the triggers were evaluated and recorded, nothing else.</summary>
    DryRun,

    /// <summary>Another retrain of the model holds the lease: this tick did nothing.</summary>
    LeaseHeld,

    /// <summary>The candidate passed the gate and the champion alias moved to it.</summary>
    Promoted,

    /// <summary>The gate rejected the candidate: it is registered, tagged with the reasons, and the champion is unchanged.</summary>
    Rejected,

    /// <summary>The candidate passed the gate but the rollout did not make it the champion (the alias moved meanwhile, or a test already runs).</summary>
    NotRolledOut,

    /// <summary>shadow / ab: the candidate passed the gate and an A/B test against the champion started.</summary>
    TestStarted,

    /// <summary>The retrain A/B test of the model has no verdict yet: nothing was trained this tick.</summary>
    TestRunning,

    /// <summary>The tick threw (watch only: `retrain` reports the error); the champion is unchanged.</summary>
    Failed,
}
