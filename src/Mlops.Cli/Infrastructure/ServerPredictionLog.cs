using Mlops.Storage.MlflowRest.Predictions;

namespace Mlops.Cli.Infrastructure;

/// <summary>
/// The prediction log behind an http(s) tracking URI is the server's: an `mlops server` keeps one (SQLite or PostgreSQL
/// behind it), an MLflow server none. A command that must know up front (`mlops serve` prints "prediction log off")
/// asks here; the others find out on first use.
/// </summary>
public static class ServerPredictionLog
{
    /// <summary>
    /// <paramref name="stores"/> without the server's prediction log and labels where the server keeps none (one GET of
    /// server-info); stores of any other backend, or with a --prediction-log-uri log, come back unchanged.
    /// </summary>
    public static async Task<Stores> WithoutAbsentServerLogAsync(this Stores stores, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var log = stores.PredictionLog is MlopsRestPredictionLog rest && !await rest.HasPredictionLogAsync(ct) ? null : stores.PredictionLog;
        var labels = stores.PredictionFeedback is MlopsRestPredictionLog restLabels && !await restLabels.HasLabelsAsync(ct)
            ? null
            : stores.PredictionFeedback;
        return stores with { PredictionLog = log, PredictionFeedback = labels };
    }
}
