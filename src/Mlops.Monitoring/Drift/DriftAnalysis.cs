using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Drift;

/// <summary>Per-feature, dataset and prediction drift of a current window against a reference, by Evidently's rules.</summary>
public static class DriftAnalysis
{
    /// <summary>Name of the column that <see cref="Predictions"/> reports.</summary>
    public const string PredictionFeature = "prediction";

    public static ColumnDrift Column(DriftColumn reference, DriftColumn current, DriftOptions? options = null)
    {
        options ??= DriftOptions.Default;
        if (reference.Kind != current.Kind)
            throw MlopsException.Invalid(
                $"drift column '{reference.Name}': the reference is {reference.Kind} but the current window is {current.Kind}");
        int distinct = ValueShares.DistinctValues(reference, current);
        var test = DriftRule.ChooseFor(reference.Name, reference.RowCount, reference.Kind, distinct, options);
        if (reference.Kind == ColumnKind.Categorical && test is DriftTest.KolmogorovSmirnov or DriftTest.WassersteinNormed)
            throw MlopsException.Invalid(
                $"drift column '{reference.Name}': {DriftTestNames.Name(test)} needs a numeric column; this one is categorical");
        double threshold = DriftRule.Threshold(reference.Name, test, options);
        var (statistic, pValue) = Run(test, reference, current, options);
        double score = pValue ?? statistic;
        return new ColumnDrift(reference.Name, reference.Kind, test, statistic, pValue, score, threshold,
            DriftRule.IsDetected(test, score, threshold), Psi(reference, current, options), distinct);
    }

    /// <summary>Every reference feature against the current column of the same name (all must be present).</summary>
    public static DatasetDrift Dataset(IReadOnlyList<DriftColumn> reference, IReadOnlyList<DriftColumn> current, DriftOptions? options = null)
    {
        options ??= DriftOptions.Default;
        options.Validate();
        if (reference.Count == 0)
            throw MlopsException.Invalid("dataset drift: the reference has no columns");
        var byName = new Dictionary<string, DriftColumn>(StringComparer.Ordinal);
        foreach (var column in current)
            if (!byName.TryAdd(column.Name, column))
                throw MlopsException.Invalid($"dataset drift: the current window has column '{column.Name}' twice");
        var results = new ColumnDrift[reference.Count];
        int drifted = 0;
        for (int i = 0; i < reference.Count; i++)
        {
            if (!byName.TryGetValue(reference[i].Name, out var match))
                throw MlopsException.Invalid($"dataset drift: the current window has no column '{reference[i].Name}'");
            results[i] = Column(reference[i], match, options);
            if (results[i].Detected) drifted++;
        }
        double share = (double)drifted / results.Length;
        return new DatasetDrift(results, drifted, share, options.DatasetDriftShare, share >= options.DatasetDriftShare);
    }

    /// <summary>Drift of the predicted classes: a categorical column named <see cref="PredictionFeature"/>, same rules.</summary>
    public static ColumnDrift Predictions(IReadOnlyDictionary<string, long> referencePredicted, IReadOnlyDictionary<string, long> currentPredicted, DriftOptions? options = null) =>
        Column(DriftColumn.Categorical(PredictionFeature, referencePredicted), DriftColumn.Categorical(PredictionFeature, currentPredicted), options);

    private static (double Statistic, double? PValue) Run(DriftTest test, DriftColumn reference, DriftColumn current, DriftOptions options)
    {
        switch (test)
        {
            case DriftTest.KolmogorovSmirnov:
                var ks = KolmogorovSmirnov.TwoSampleSorted(reference.SortedValues, current.SortedValues, options.KsMethod);
                return (ks.Statistic, ks.PValue);
            case DriftTest.WassersteinNormed:
                return (WassersteinDistance.NormedSorted(reference.SortedValues, current.SortedValues), null);
            case DriftTest.ChiSquare:
                var chi = ChiSquare(ValueShares.ByValue(reference, current));
                return (chi.Statistic, chi.PValue);
            case DriftTest.ProportionZ:
                var z = ProportionZ(ValueShares.ByValue(reference, current));
                return (z.Statistic, z.PValue);
            default:
                var shares = BinnedOrByValue(reference, current, 0);
                return (JensenShannon.Distance(shares.Reference, shares.Current), null);
        }
    }

    /// <summary>Evidently: expected = reference counts scaled to the current total, over the union of values.</summary>
    private static StatTestResult ChiSquare(ValueShares shares)
    {
        if (shares.Count < 2) return new StatTestResult(0, 1);
        double referenceTotal = shares.Reference.Sum(), currentTotal = shares.Current.Sum();
        var expected = new double[shares.Count];
        for (int i = 0; i < expected.Length; i++) expected[i] = shares.Reference[i] * currentTotal / referenceTotal;
        return ChiSquareTest.GoodnessOfFit(shares.Current, expected);
    }

    /// <summary>Evidently: the share of rows that are not the first value (ordinal order), pooled z; one shared value → p = 1.</summary>
    private static StatTestResult ProportionZ(ValueShares shares)
    {
        if (shares.Count < 2) return new StatTestResult(0, 1);
        long referenceTotal = (long)shares.Reference.Sum(), currentTotal = (long)shares.Current.Sum();
        return ProportionZTest.TwoSample(
            referenceTotal - (long)shares.Reference[0], referenceTotal,
            currentTotal - (long)shares.Current[0], currentTotal);
    }

    /// <summary>PSI with empty bins filled as Evidently does; numeric columns with more than 20 reference values are binned.</summary>
    private static double Psi(DriftColumn reference, DriftColumn current, DriftOptions options)
    {
        var shares = BinnedOrByValue(reference, current, options.PsiBins);
        var referenceShares = ToShares(shares.Reference);
        var currentShares = ToShares(shares.Current);
        PopulationStabilityIndex.FillEmptyBins(referenceShares);
        PopulationStabilityIndex.FillEmptyBins(currentShares);
        return PopulationStabilityIndex.FromShares(referenceShares, currentShares);
    }

    /// <summary>Evidently's binning: histogram when numeric with more than 20 distinct reference values, else one slot per value.</summary>
    private static ValueShares BinnedOrByValue(DriftColumn reference, DriftColumn current, int bins)
    {
        if (reference.Kind == ColumnKind.Numeric && MoreThanDistinct(reference.SortedValues, 20))
            return Histogram.Pooled(reference.SortedValues, current.SortedValues, bins);
        return ValueShares.ByValue(reference, current);
    }

    private static bool MoreThanDistinct(ReadOnlySpan<double> sorted, int limit)
    {
        int distinct = 1;
        for (int i = 1; i < sorted.Length && distinct <= limit; i++)
            if (sorted[i] != sorted[i - 1]) distinct++;
        return distinct > limit;
    }

    private static double[] ToShares(double[] counts)
    {
        double total = counts.Sum();
        var shares = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++) shares[i] = counts[i] / total;
        return shares;
    }
}
