using Mlops.Core.AbTesting;
using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Serving;

/// <summary>
/// What the server reads models from, where it logs predictions (null: no prediction log) and where labels of those
/// predictions go (null: POST /feedback is off), and the A/B tests the server follows (null: none).
/// </summary>
public sealed record ServingStores(ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts, IPredictionLog? PredictionLog = null,
    IPredictionFeedback? PredictionFeedback = null, IAbTestStore? AbTests = null);
