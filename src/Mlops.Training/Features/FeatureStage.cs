using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Training.Features;

/// <summary>The features stage: split clean.csv, fit the transform on train, write train/test feature tables and the transform.</summary>
public static class FeatureStage
{
    public static FeatureStageResult Run(
        PipelineParams p, string cleanCsv, string trainCsvOut, string testCsvOut, string transformJsonOut)
    {
        ParamsValidator.EnsureValid(p);
        var clean = CleanRows.Read(p, cleanCsv);
        var (inputs, labels) = (clean.Inputs, clean.Labels);
        var split = DatasetSplitter.Split(labels, p.Split);
        var transform = FeatureTransformFitter.Fit(p, [.. split.Train.Select(i => inputs[i])]);

        transform.Save(transformJsonOut);
        Materialize(transform, inputs, labels, split.Train).Save(trainCsvOut);
        Materialize(transform, inputs, labels, split.Test).Save(testCsvOut);
        return new FeatureStageResult(split.Train.Length, split.Test.Length, transform.FeatureCount, transform.Hash);
    }

    /// <summary>Applies a fitted transform to rows given in its input-column order.</summary>
    public static FeatureTable Materialize(FeatureTransform transform, IReadOnlyList<string[]> inputs, IReadOnlyList<string> labels, IEnumerable<int> rows)
    {
        var indices = rows.ToArray();
        var features = new float[indices.Length][];
        for (var r = 0; r < indices.Length; r++)
        {
            features[r] = new float[transform.FeatureCount];
            transform.Apply(inputs[indices[r]], features[r]);
        }
        return new FeatureTable(transform.FeatureNames, features, [.. indices.Select(i => labels[i])]);
    }
}
