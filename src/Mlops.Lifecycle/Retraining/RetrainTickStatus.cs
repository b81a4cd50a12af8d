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

    /// <summary>The candidate passed the gate but the rollout did not make it the champion (lost race, or an A/B test started).</summary>
    NotRolledOut,

    /// <summary>The tick threw (watch only: `retrain` reports the error); the champion is unchanged.</summary>
    Failed,
}
