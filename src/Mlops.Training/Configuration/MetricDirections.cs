namespace Mlops.Training.Configuration;

/// <summary>The direction of a metric: an explicit params value, or what the evaluation's own metrics are known to be.</summary>
public static class MetricDirections
{
    public const string Auto = "auto";
    public const string Higher = "higher";
    public const string Lower = "lower";

    public static readonly IReadOnlyList<string> Names = [Auto, Higher, Lower];

    // The evaluate stage's losses and regression errors; every other metric it writes (accuracy, F1, precision, recall,
    // r2) grows with quality.
    private static readonly HashSet<string> KnownLowerIsBetter = new(StringComparer.Ordinal)
    {
        "log_loss", "business_cost", "rmse", "mae", "mse",
    };

    /// <summary>The direction of <paramref name="metric"/> given a params value (auto | higher | lower).</summary>
    public static MetricDirection Of(string metric, string configured) => configured switch
    {
        Higher => MetricDirection.HigherIsBetter,
        Lower => MetricDirection.LowerIsBetter,
        _ => KnownLowerIsBetter.Contains(metric) ? MetricDirection.LowerIsBetter : MetricDirection.HigherIsBetter,
    };
}
