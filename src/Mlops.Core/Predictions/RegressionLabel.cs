using System.Globalization;

namespace Mlops.Core.Predictions;

/// <summary>
/// The true value of a regression model's prediction as the log stores it: a finite number in invariant notation
/// (12.5, -3, 1e3). The feedback checks and monitoring read labels through this one rule.
/// </summary>
public static class RegressionLabel
{
    /// <summary>The label's number, or null when it is not a finite number (NaN, infinity, a class name, empty).</summary>
    public static double? Parse(string? label) =>
        double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
