using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What the triggers of one registered model are evaluated against: its champion alias, continuous_training and
/// monitoring settings, the stores holding its versions, packages, predictions and labels, and the clock.
/// </summary>
public sealed record RetrainTriggerContext(
    string ModelName,
    string ChampionAlias,
    ContinuousTrainingParams Settings,
    MonitoringParams Monitoring,
    IModelRegistry Registry,
    ITrackingStore Tracking,
    IArtifactStore Artifacts,
    IPredictionLog Log,
    IPredictionFeedback Feedback,
    TimeProvider Time);
