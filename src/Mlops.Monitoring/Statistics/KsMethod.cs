namespace Mlops.Monitoring.Statistics;

/// <summary>How the two-sample Kolmogorov–Smirnov p-value is computed, as SciPy's <c>ks_2samp(method=...)</c>.</summary>
public enum KsMethod
{
    /// <summary>Exact when both samples have at most 10,000 values, otherwise asymptotic (SciPy's rule).</summary>
    Auto,
    Exact,
    Asymptotic,
}
