using Mlops.Core.Errors;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Reports;
using Mlops.Monitoring.Statistics;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Profiling;

/// <summary>params.yaml's `monitoring:` section as the monitoring library's options; every value is range-checked, naming its key.</summary>
public static class MonitoringSettings
{
    private const string Auto = "auto";

    public static MonitoringOptions ToOptions(MonitoringParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (string.IsNullOrWhiteSpace(p.ExperimentPrefix))
        {
            throw MlopsException.Invalid("monitoring.experiment_prefix must not be empty");
        }
        if (p.Window < 1)
        {
            throw MlopsException.Invalid($"monitoring.window = {p.Window} must be at least 1");
        }
        var d = p.Drift;
        var drift = DriftOptions.Default;
        var performance = MonitoringOptions.Default;
        var options = new MonitoringOptions
        {
            Drift = drift with
            {
                SmallReferenceRows = d.SmallReferenceRows ?? drift.SmallReferenceRows,
                FewValuesMax = d.FewValuesMax ?? drift.FewValuesMax,
                BinaryValuesMax = d.BinaryValuesMax ?? drift.BinaryValuesMax,
                KsPValue = d.KsPValue ?? drift.KsPValue,
                ChiSquarePValue = d.ChiSquarePValue ?? drift.ChiSquarePValue,
                ZTestPValue = d.ZTestPValue ?? drift.ZTestPValue,
                WassersteinThreshold = d.WassersteinThreshold ?? drift.WassersteinThreshold,
                JensenShannonThreshold = d.JensenShannonThreshold ?? drift.JensenShannonThreshold,
                DatasetDriftShare = d.DatasetDriftShare ?? drift.DatasetDriftShare,
                PsiBins = d.PsiBins ?? drift.PsiBins,
                KsMethod = KsMethodOf(d.KsMethod),
                NumericTest = TestOrAuto(d.NumericTest, "monitoring.drift.numeric_test"),
                CategoricalTest = TestOrAuto(d.CategoricalTest, "monitoring.drift.categorical_test"),
                ColumnTests = d.ColumnTests.ToDictionary(t => t.Key, t => DriftTestNames.Parse(t.Value, $"monitoring.drift.column_tests.{t.Key}")),
                ColumnThresholds = new Dictionary<string, double>(d.ColumnThresholds),
            },
            MinLabels = p.Performance.MinLabels ?? performance.MinLabels,
            Alpha = p.Performance.Alpha ?? performance.Alpha,
            MaxEstimatedDrop = p.Performance.MaxEstimatedDrop ?? performance.MaxEstimatedDrop,
            MaxErrorIncrease = p.Performance.MaxErrorIncrease ?? performance.MaxErrorIncrease,
        };
        options.Validate();
        return options;
    }

    /// <summary>The experiment a model's monitoring runs are tracked in.</summary>
    public static string Experiment(MonitoringParams p, string modelName) => $"{p.ExperimentPrefix.TrimEnd('/')}/{modelName}";

    private static DriftTest? TestOrAuto(string name, string key) =>
        string.Equals(name.Trim(), Auto, StringComparison.OrdinalIgnoreCase) ? null : DriftTestNames.Parse(name, key);

    private static KsMethod KsMethodOf(string name) => name.Trim().ToLowerInvariant() switch
    {
        Auto => KsMethod.Auto,
        "exact" => KsMethod.Exact,
        "asymp" => KsMethod.Asymptotic,
        _ => throw MlopsException.Invalid($"monitoring.drift.ks_method {ErrorText.Quote(name, 40)} must be auto, exact or asymp"),
    };
}
