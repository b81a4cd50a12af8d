using Mlops.Core.Predictions;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What one retrain's rows are built from: the workspace's data.raw split as the pipeline splits it, and the model's
/// labelled predictions made since <see cref="Since"/> (null: all). Files go under <see cref="OutputDirectory"/>.
/// </summary>
public sealed record RetrainDataRequest(
    string Workspace,
    PipelineParams Params,
    string ModelName,
    DateTimeOffset? Since,
    IPredictionFeedback Feedback,
    string OutputDirectory,
    TimeProvider Time);
