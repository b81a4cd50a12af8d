using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Drift;

/// <summary>Rules and thresholds of the drift tests; the defaults are Evidently's.</summary>
/// <remarks>
/// Proposed params.yaml keys (monitoring.drift.*): small_reference_rows, few_values_max, binary_values_max,
/// ks_p_value, chi_square_p_value, z_test_p_value, wasserstein_threshold, jensen_shannon_threshold,
/// dataset_drift_share, psi_bins, ks_method (auto | exact | asymp), numeric_test, categorical_test
/// (ks | chisquare | z | wasserstein | jensenshannon), column_tests {feature: test}, column_thresholds {feature: value}.
/// </remarks>
public sealed record DriftOptions
{
    /// <summary>References with at most this many rows get the p-value tests, larger ones the distances.</summary>
    public long SmallReferenceRows { get; init; } = 1000;

    /// <summary>A numeric column with at most this many distinct values (reference and current together) is treated by value.</summary>
    public int FewValuesMax { get; init; } = 5;

    /// <summary>At most this many distinct values on a small reference: the two-proportion z-test instead of chi-square.</summary>
    public int BinaryValuesMax { get; init; } = 2;

    public double KsPValue { get; init; } = 0.05;
    public double ChiSquarePValue { get; init; } = 0.05;
    public double ZTestPValue { get; init; } = 0.05;
    public double WassersteinThreshold { get; init; } = 0.1;
    public double JensenShannonThreshold { get; init; } = 0.1;

    /// <summary>The dataset drifts when at least this share of the features drifts.</summary>
    public double DatasetDriftShare { get; init; } = 0.5;

    /// <summary>Equal-width PSI bins over the pooled range of a numeric column; 0 means Sturges' rule (Evidently's code).</summary>
    public int PsiBins { get; init; } = 30;

    public KsMethod KsMethod { get; init; } = KsMethod.Auto;

    /// <summary>Forces one test on every numeric (or categorical) column instead of the size-based rule.</summary>
    public DriftTest? NumericTest { get; init; }
    public DriftTest? CategoricalTest { get; init; }

    /// <summary>Per-feature test and threshold overrides; they win over everything above.</summary>
    public IReadOnlyDictionary<string, DriftTest> ColumnTests { get; init; } = new Dictionary<string, DriftTest>();
    public IReadOnlyDictionary<string, double> ColumnThresholds { get; init; } = new Dictionary<string, double>();

    public static DriftOptions Default { get; } = new();

    /// <summary>Throws naming the first option that is out of range.</summary>
    public void Validate()
    {
        Require(SmallReferenceRows >= 0, "small_reference_rows", SmallReferenceRows, "must be >= 0");
        Require(BinaryValuesMax >= 1 && FewValuesMax >= BinaryValuesMax, "few_values_max", FewValuesMax, $"must be >= binary_values_max ({BinaryValuesMax}) >= 1");
        foreach (var (name, value) in new[] { ("ks_p_value", KsPValue), ("chi_square_p_value", ChiSquarePValue), ("z_test_p_value", ZTestPValue) })
            Require(value > 0 && value < 1, name, value, "must be between 0 and 1");
        Require(WassersteinThreshold > 0, "wasserstein_threshold", WassersteinThreshold, "must be > 0");
        Require(JensenShannonThreshold > 0 && JensenShannonThreshold <= 1, "jensen_shannon_threshold", JensenShannonThreshold, "must be in (0, 1]");
        Require(DatasetDriftShare > 0 && DatasetDriftShare <= 1, "dataset_drift_share", DatasetDriftShare, "must be in (0, 1]");
        Require(PsiBins >= 0 && PsiBins <= 10_000, "psi_bins", PsiBins, "must be 0 (Sturges) or a bin count up to 10000");
        foreach (var (feature, value) in ColumnThresholds)
            Require(value > 0 && double.IsFinite(value), $"column_thresholds.{feature}", value, "must be a positive number");
    }

    private static void Require(bool ok, string key, object value, string rule)
    {
        if (!ok) throw MlopsException.Invalid($"monitoring.drift.{key} = {value} {rule}");
    }
}
