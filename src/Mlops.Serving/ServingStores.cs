using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Serving;

/// <summary>
/// What the server reads models from, where it logs predictions (null: no prediction log) and where labels of those
/// predictions go (null: POST /feedback is off).
/// </summary>
public sealed record ServingStores(ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts, IPredictionLog? PredictionLog = null,
    IPredictionFeedback? PredictionFeedback = null);
