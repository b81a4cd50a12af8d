using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Commands.Ab;

/// <summary>The control's expected accuracy: its training run's accuracy metric, else the version's metric.accuracy tag.</summary>
internal static class AbBaseline
{
    public static async Task<double> AccuracyAsync(ITrackingStore tracking, ModelVersion version, string variant, CancellationToken ct)
    {
        var accuracy = version.RunId is { } runId ? (await RunMetricsAsync(tracking, runId, ct)).GetValueOrDefault("accuracy", double.NaN) : double.NaN;
        if (double.IsNaN(accuracy) && version.Tags.TryGetValue("metric.accuracy", out var tag))
        {
            _ = double.TryParse(tag, NumberStyles.Float, CultureInfo.InvariantCulture, out accuracy);
        }
        return accuracy is >= 0 and <= 1 ? accuracy : throw MlopsException.Invalid(
            $"--variant {variant}: version {version.Version} of {version.Name} has no accuracy in [0, 1] (its run's accuracy metric); " +
            "the sample size needs the control's accuracy as the baseline.");
    }

    /// <summary>The run's metrics; a run that is gone counts as having none.</summary>
    public static async Task<IReadOnlyDictionary<string, double>> RunMetricsAsync(ITrackingStore tracking, string runId, CancellationToken ct)
    {
        try
        {
            var run = await tracking.GetRunAsync(runId, ct);
            return run.Metrics.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return new Dictionary<string, double>();
        }
    }
}
