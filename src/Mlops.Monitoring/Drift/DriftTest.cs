namespace Mlops.Monitoring.Drift;

/// <summary>The per-column drift tests of Evidently's default set (names in params.yaml: see <see cref="DriftTestNames"/>).</summary>
public enum DriftTest
{
    /// <summary>Two-sample KS p-value; numeric only; drift when p ≤ threshold.</summary>
    KolmogorovSmirnov,
    /// <summary>Chi-square goodness of fit of current counts against reference shares; drift when p &lt; threshold.</summary>
    ChiSquare,
    /// <summary>Two-proportion z-test on the first category (sorted); drift when p &lt; threshold.</summary>
    ProportionZ,
    /// <summary>Wasserstein-1 distance ÷ max(reference std (ddof 0), 0.001); numeric only; drift when ≥ threshold.</summary>
    WassersteinNormed,
    /// <summary>Jensen–Shannon distance (base e) of the value shares; drift when ≥ threshold.</summary>
    JensenShannon,
}
