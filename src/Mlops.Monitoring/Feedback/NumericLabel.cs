using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>The label check of a regression model's prediction: its true value must be a finite number.</summary>
internal static class NumericLabel
{
    /// <summary>Null when <paramref name="label"/> is a finite number; otherwise the reason, naming the prediction and the rule.</summary>
    public static string? Check(PredictionLabel label, string model) => RegressionLabel.Parse(label.Label) is not null
        ? null
        : $"label {ErrorText.Quote(label.Label)} of prediction {label.PredictionId} is not a finite number, and {model} is a " +
          "regression model: its labels are numbers such as 12.5 (no NaN, no infinity, no class name)";
}
