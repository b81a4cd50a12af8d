
namespace Mlops.Training.Features;

/// <summary>What the features stage produced: row counts, the feature count and the transform's content hash.</summary>
public sealed record FeatureStageResult(int TrainRows, int TestRows, int FeatureCount, string TransformHash);
