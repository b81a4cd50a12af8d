using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The pipeline's leakage check of the holdout against the training rows: both featurized by a transform fitted on the
/// training rows (as the features stage fits it), near-copies within evaluation.leakage_distance.
/// </summary>
internal static class HoldoutLeakage
{
    /// <param name="training">Input cells (schema order) of the training rows.</param>
    public static double Share(PipelineParams p, IReadOnlyList<string[]> training, IReadOnlyList<string[]> holdout)
    {
        if (training.Count == 0 || holdout.Count == 0)
        {
            return 0;
        }
        var transform = FeatureTransformFitter.Fit(p, training);
        var report = LeakageCheck.Compute(transform.FeatureNames, Featurize(transform, training), training.Count,
            Featurize(transform, holdout), holdout.Count, p.Evaluation.LeakageDistance);
        return report.NearCopyShare;
    }

    private static float[] Featurize(Mlops.Inference.Features.FeatureTransform transform, IReadOnlyList<string[]> rows)
    {
        var width = transform.FeatureCount;
        var values = new float[rows.Count * width];
        for (var r = 0; r < rows.Count; r++)
        {
            transform.Apply(rows[r], values.AsSpan(r * width, width));
        }
        return values;
    }
}
