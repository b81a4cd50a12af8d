namespace Mlops.Web.Compare;

/// <summary>Whether a metric is better high or low, guessed from its name as MLflow's compare view does not say.</summary>
public static class MetricDirection
{
    private static readonly string[] LowerIsBetter = ["loss", "error", "rmse", "mse", "mae", "mape", "latency", "duration", "brier", "perplexity"];

    public static bool HigherIsBetter(string metricKey) =>
        !LowerIsBetter.Any(word => metricKey.Contains(word, StringComparison.OrdinalIgnoreCase));
}
