using Mlops.Core.Errors;

namespace Mlops.Monitoring.Performance;

/// <summary>A regression model's errors on the predictions whose true value has arrived.</summary>
public sealed record RegressionErrors(long Count, double Rmse, double Mae)
{
    /// <param name="labelled">(true value, predicted value) per labelled prediction.</param>
    public static RegressionErrors Compute(IReadOnlyList<(double Label, double Predicted)> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        if (labelled.Count == 0)
        {
            throw MlopsException.Invalid("regression errors need at least one labelled prediction");
        }
        double squares = 0, absolutes = 0;
        foreach (var (label, predicted) in labelled)
        {
            if (!double.IsFinite(label) || !double.IsFinite(predicted))
            {
                throw MlopsException.Invalid($"regression errors: label {label} and prediction {predicted} must both be finite numbers");
            }
            var error = label - predicted;
            squares += error * error;
            absolutes += Math.Abs(error);
        }
        return new RegressionErrors(labelled.Count, Math.Sqrt(squares / labelled.Count), absolutes / labelled.Count);
    }
}
