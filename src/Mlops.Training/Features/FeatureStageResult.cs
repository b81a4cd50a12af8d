using Mlops.Core.Features;

namespace Mlops.Training.Features;

/// <summary>What the features stage produced: row counts, the feature count, the transform's content hash and the columns'
/// statistics over the train and test rows.</summary>
public sealed record FeatureStageResult(int TrainRows, int TestRows, int FeatureCount, string TransformHash, FeatureStatistics Statistics)
{
    private readonly Lazy<IReadOnlyList<FeatureColumn>> columns = new(Statistics.Columns);

    /// <summary>Summarized on first use (each column's sample is sorted), so a caller can do it off the stage's critical path.</summary>
    public IReadOnlyList<FeatureColumn> Columns => columns.Value;
}
