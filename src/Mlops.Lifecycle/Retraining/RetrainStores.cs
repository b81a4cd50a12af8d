using Mlops.Core.AbTesting;
using Mlops.Core.Coordination;
using Mlops.Core.Predictions;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What a retrain reads and writes: the tracking, registry and artifact stores (the child pipeline run and the audit
/// run), the prediction log and its labels (triggers and training rows), the leases (one retrain per model at a time)
/// and, for the shadow and ab rollouts, the A/B tests.
/// </summary>
public sealed record RetrainStores(StoreSet Stores, IPredictionLog Log, IPredictionFeedback Feedback, ILeaseStore Leases)
{
    public IAbTestStore? AbTests { get; init; }
}
