using Mlops.Core.Errors;

namespace Mlops.Training.Evaluation.Regression;

/// <summary>
/// Errors of a regression model on the test rows, beside the mean baseline (always predicting the training rows' mean
/// target): a model worth registering has a lower RMSE than <see cref="BaselineRmse"/>.
/// </summary>
public sealed record RegressionMetrics(
    int Rows, double Rmse, double Mae, double Mse, double R2, double BaselineMean, double BaselineRmse, double BaselineMae,
    double ResidualMean, double ResidualStd)
{
    /// <param name="truth">The test rows' targets.</param>
    /// <param name="predicted">The model's value per test row.</param>
    /// <param name="baselineMean">The training rows' mean target.</param>
    public static RegressionMetrics Compute(ReadOnlySpan<float> truth, ReadOnlySpan<float> predicted, double baselineMean)
    {
        if (truth.Length == 0 || truth.Length != predicted.Length)
        {
            throw MlopsException.Invalid($"regression metrics need as many predictions as test rows (at least one), got {predicted.Length} for {truth.Length}");
        }
        double sumSq = 0, sumAbs = 0, sumResidual = 0, baseSq = 0, baseAbs = 0, mean = 0;
        foreach (var t in truth)
        {
            mean += t;
        }
        mean /= truth.Length;
        double total = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            var residual = (double)truth[i] - predicted[i];
            sumSq += residual * residual;
            sumAbs += Math.Abs(residual);
            sumResidual += residual;
            baseSq += (truth[i] - baselineMean) * (truth[i] - baselineMean);
            baseAbs += Math.Abs(truth[i] - baselineMean);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        var n = truth.Length;
        var residualMean = sumResidual / n;
        var residualVariance = Math.Max(0, (sumSq / n) - (residualMean * residualMean));
        // R² against the test rows' own mean, as scikit-learn's r2_score; a constant test target gives 0 or -inf-like values, kept finite.
        var r2 = total > 0 ? 1 - (sumSq / total) : (sumSq == 0 ? 1 : 0);
        return new RegressionMetrics(n, Math.Sqrt(sumSq / n), sumAbs / n, sumSq / n, r2, baselineMean,
            Math.Sqrt(baseSq / n), baseAbs / n, residualMean, Math.Sqrt(residualVariance));
    }
}
