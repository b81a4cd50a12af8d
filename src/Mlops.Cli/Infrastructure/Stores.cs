using Mlops.Core.AbTesting;
using Mlops.Core.Artifacts;
using Mlops.Core.Coordination;
using Mlops.Core.Features;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Infrastructure;

/// <summary>
/// The three stores behind one tracking URI, and its prediction log, the labels of it and the A/B tests when the backend
/// has them, its feature sets (SQLite and PostgreSQL only), and its leases (they travel together: see <see cref="StoreFactory.WithPredictionLog"/>).
/// </summary>
public sealed record Stores(string Uri, ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts,
    IPredictionLog? PredictionLog = null, IPredictionFeedback? PredictionFeedback = null, IAbTestStore? AbTests = null,
    ILeaseStore? Leases = null, IFeatureSetStore? FeatureSets = null);
