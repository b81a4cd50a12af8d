namespace Mlops.Monitoring.Drift;

/// <summary>Evidently's default choice of drift test per column, and the threshold that goes with a test.</summary>
public static class DriftRule
{
    /// <summary>
    /// Reference ≤ small_reference_rows: numeric with more than few_values_max distinct values → KS; otherwise more than
    /// binary_values_max → chi-square, else z-test. Larger references: numeric with many values → normed Wasserstein,
    /// everything else → Jensen–Shannon. Distinct values count reference and current together, as Evidently does.
    /// </summary>
    public static DriftTest Choose(long referenceRows, ColumnKind kind, int distinctValues, DriftOptions options)
    {
        bool manyNumericValues = kind == ColumnKind.Numeric && distinctValues > options.FewValuesMax;
        if (referenceRows <= options.SmallReferenceRows)
        {
            if (manyNumericValues) return DriftTest.KolmogorovSmirnov;
            return distinctValues > options.BinaryValuesMax ? DriftTest.ChiSquare : DriftTest.ProportionZ;
        }
        return manyNumericValues ? DriftTest.WassersteinNormed : DriftTest.JensenShannon;
    }

    /// <summary>The test for a named column: per-column override, then the kind-wide override, then <see cref="Choose"/>.</summary>
    public static DriftTest ChooseFor(string feature, long referenceRows, ColumnKind kind, int distinctValues, DriftOptions options)
    {
        if (options.ColumnTests.TryGetValue(feature, out var forced)) return forced;
        var kindWide = kind == ColumnKind.Numeric ? options.NumericTest : options.CategoricalTest;
        return kindWide ?? Choose(referenceRows, kind, distinctValues, options);
    }

    public static double Threshold(string feature, DriftTest test, DriftOptions options)
    {
        if (options.ColumnThresholds.TryGetValue(feature, out double forced)) return forced;
        return test switch
        {
            DriftTest.KolmogorovSmirnov => options.KsPValue,
            DriftTest.ChiSquare => options.ChiSquarePValue,
            DriftTest.ProportionZ => options.ZTestPValue,
            DriftTest.WassersteinNormed => options.WassersteinThreshold,
            _ => options.JensenShannonThreshold,
        };
    }

    /// <summary>Evidently's comparisons: KS p ≤ t, chi-square and z p &lt; t, distances ≥ t.</summary>
    public static bool IsDetected(DriftTest test, double score, double threshold) => test switch
    {
        DriftTest.KolmogorovSmirnov => score <= threshold,
        DriftTest.ChiSquare or DriftTest.ProportionZ => score < threshold,
        _ => score >= threshold,
    };
}
