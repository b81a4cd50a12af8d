using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Infrastructure;

/// <summary>The three stores behind one tracking URI, and its prediction log and the labels of it when the backend has one.</summary>
public sealed record Stores(string Uri, ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts,
    IPredictionLog? PredictionLog = null, IPredictionFeedback? PredictionFeedback = null);
