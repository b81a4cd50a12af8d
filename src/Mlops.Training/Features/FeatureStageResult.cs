using Mlops.Core.Features;

namespace Mlops.Training.Features;

/// <summary>What the features stage produced: row counts, the feature count, the transform's content hash and the columns'
/// statistics over the train and test rows.</summary>
public sealed record FeatureStageResult(int TrainRows, int TestRows, int FeatureCount, string TransformHash, IReadOnlyList<FeatureColumn> Columns);
