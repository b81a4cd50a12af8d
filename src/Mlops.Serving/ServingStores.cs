using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Serving;

/// <summary>What the server reads models from, and where it logs predictions (null: no prediction log).</summary>
public sealed record ServingStores(ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts, IPredictionLog? PredictionLog = null);
