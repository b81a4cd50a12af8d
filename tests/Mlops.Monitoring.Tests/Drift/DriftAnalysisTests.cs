using Mlops.Core.Errors;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Drift;

public sealed class DriftAnalysisTests
{
    private static double[] Normal(int count, double mean, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
            mean + Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];
    }

    [Fact]
    public void Column_SmallNumericReference_RunsKsAndReportsItsPValue()
    {
        double[] reference = Normal(400, 0, 1), current = Normal(300, 0.3, 2);
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", reference), DriftColumn.Numeric("x", current));
        var ks = KolmogorovSmirnov.TwoSample(reference, current);
        Assert.Equal(DriftTest.KolmogorovSmirnov, drift.Test);
        Assert.Equal(ks.PValue, drift.PValue);
        Assert.Equal(ks.PValue, drift.Score);
        Assert.Equal(ks.PValue <= 0.05, drift.Detected);
    }

    [Fact]
    public void Column_LargeNumericReference_ScoresTheNormedWassersteinWithoutPValue()
    {
        double[] reference = Normal(2000, 0, 3), current = Normal(500, 0.5, 4);
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", reference), DriftColumn.Numeric("x", current));
        Assert.Equal(DriftTest.WassersteinNormed, drift.Test);
        Assert.Null(drift.PValue);
        Assert.Equal(WassersteinDistance.Normed(reference, current), drift.Score, 12);
        Assert.True(drift.Detected);
    }

    [Fact]
    public void Column_BoundedSampleOfALargeReference_UsesTheRowCountForTheRule()
    {
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", Normal(800, 0, 5), rowCount: 40_000), DriftColumn.Numeric("x", Normal(800, 0, 6)));
        Assert.Equal(DriftTest.WassersteinNormed, drift.Test);
    }

    [Fact]
    public void Column_DistinctValues_CountReferenceAndCurrentTogether()
    {
        var reference = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 60, ["b"] = 40 });
        var current = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 50, ["b"] = 45, ["z"] = 5 });
        var drift = DriftAnalysis.Column(reference, current);
        Assert.Equal(3, drift.DistinctValues);
        Assert.Equal(DriftTest.ChiSquare, drift.Test);
        // A value the reference never had makes the expected count 0: chi-square is infinite, as in Evidently.
        Assert.Equal(0, drift.PValue);
        Assert.True(drift.Detected);
    }

    [Fact]
    public void Column_SmallCategoricalReference_ChiSquareScalesReferenceCountsToTheWindow()
    {
        var reference = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 500, ["b"] = 300, ["c"] = 200 });
        var current = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 40, ["b"] = 40, ["c"] = 20 });
        var drift = DriftAnalysis.Column(reference, current);
        var expected = ChiSquareTest.GoodnessOfFit([40.0, 40, 20], [50.0, 30, 20]);
        Assert.Equal(expected.Statistic, drift.Statistic, 12);
        Assert.Equal(expected.PValue, drift.Score, 12);
    }

    [Fact]
    public void Column_BinarySmallReference_ZTestsTheShareOfTheNonFirstValue()
    {
        var reference = DriftColumn.Categorical("smoker", ["no", "no", "yes", "no", "yes", "no", "no", "no", "no", "yes"]);
        var current = DriftColumn.Categorical("smoker", new Dictionary<string, long> { ["no"] = 30, ["yes"] = 30 });
        var drift = DriftAnalysis.Column(reference, current);
        var z = ProportionZTest.TwoSample(3, 10, 30, 60);
        Assert.Equal(DriftTest.ProportionZ, drift.Test);
        Assert.Equal(z.Statistic, drift.Statistic, 12);
        Assert.Equal(z.PValue, drift.Score, 12);
    }

    [Fact]
    public void Column_LargeCategoricalReference_JensenShannonOfTheShares()
    {
        var reference = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 1500, ["b"] = 900, ["c"] = 600 });
        var current = DriftColumn.Categorical("c", new Dictionary<string, long> { ["a"] = 40, ["b"] = 40, ["c"] = 20 });
        var drift = DriftAnalysis.Column(reference, current);
        Assert.Equal(DriftTest.JensenShannon, drift.Test);
        Assert.Equal(JensenShannon.Distance([0.5, 0.3, 0.2], [0.4, 0.4, 0.2]), drift.Score, 12);
        var psi = PopulationStabilityIndex.FromShares([0.5, 0.3, 0.2], [0.4, 0.4, 0.2]);
        Assert.Equal(psi, drift.Psi, 12);
    }

    [Fact]
    public void Column_IdenticalNumericColumns_HaveZeroPsiAndScore()
    {
        var values = Normal(3000, 0, 9);
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", values), DriftColumn.Numeric("x", values));
        Assert.Equal(0, drift.Score, 12);
        Assert.Equal(0, drift.Psi, 12);
        Assert.False(drift.Detected);
    }

    [Fact]
    public void Column_ShiftedNumericColumn_HasALargePsi()
    {
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", Normal(3000, 0, 10)), DriftColumn.Numeric("x", Normal(1000, 1, 11)));
        Assert.InRange(drift.Psi, 0.5, 5);
    }

    [Fact]
    public void Column_KsForcedOnACategoricalColumn_IsRejectedNamingIt()
    {
        var options = new DriftOptions { ColumnTests = new Dictionary<string, DriftTest> { ["MTRANS"] = DriftTest.KolmogorovSmirnov } };
        var column = DriftColumn.Categorical("MTRANS", ["Bike", "Walking"]);
        var error = Assert.Throws<MlopsException>(() => DriftAnalysis.Column(column, column, options));
        Assert.Contains("'MTRANS'", error.Message);
        Assert.Contains("ks needs a numeric column", error.Message);
    }

    [Fact]
    public void Numeric_NaNValue_IsRejectedNamingTheRow()
    {
        var error = Assert.Throws<MlopsException>(() => DriftColumn.Numeric("Age", [20.0, double.NaN]));
        Assert.Contains("'Age': row 1 is NaN", error.Message);
    }

    [Fact]
    public void Dataset_HalfTheFeaturesDrift_FlagsTheDataset()
    {
        var reference = new[] { DriftColumn.Numeric("a", Normal(2000, 0, 12)), DriftColumn.Numeric("b", Normal(2000, 0, 13)) };
        var current = new[] { DriftColumn.Numeric("b", Normal(500, 0, 14)), DriftColumn.Numeric("a", Normal(500, 2, 15)) };
        var drift = DriftAnalysis.Dataset(reference, current);
        Assert.Equal(["a", "b"], drift.Columns.Select(c => c.Feature));
        Assert.Equal(1, drift.DriftedCount);
        Assert.Equal(0.5, drift.DriftedShare);
        Assert.True(drift.Detected);
        Assert.False(DriftAnalysis.Dataset(reference, current, new DriftOptions { DatasetDriftShare = 0.6 }).Detected);
    }

    [Fact]
    public void Dataset_CurrentLacksAReferenceColumn_IsRejectedNamingIt()
    {
        var reference = new[] { DriftColumn.Numeric("Age", [1.0, 2.0]), DriftColumn.Numeric("Weight", [1.0, 2.0]) };
        var error = Assert.Throws<MlopsException>(() => DriftAnalysis.Dataset(reference, [DriftColumn.Numeric("Age", [1.0])]));
        Assert.Contains("no column 'Weight'", error.Message);
    }

    [Fact]
    public void Predictions_ClassSharesMoved_AreJudgedAsACategoricalColumn()
    {
        var reference = new Dictionary<string, long> { ["A"] = 700, ["B"] = 700, ["C"] = 700 };
        var current = new Dictionary<string, long> { ["A"] = 400, ["B"] = 50, ["C"] = 50 };
        var drift = DriftAnalysis.Predictions(reference, current);
        Assert.Equal(DriftAnalysis.PredictionFeature, drift.Feature);
        Assert.Equal(DriftTest.JensenShannon, drift.Test);
        Assert.True(drift.Detected);
    }

    [Fact]
    public void Column_PsiOfANumericColumn_UsesThirtyEqualWidthBinsOverThePooledRange()
    {
        // Pooled range [0, 30] in 30 bins of width 1; the last bin is closed, so it holds 29 and 30.
        var reference = Enumerable.Range(0, 31).Select(i => (double)i).ToArray();
        var current = Enumerable.Repeat(0.0, 30).Append(30.0).ToArray();
        var drift = DriftAnalysis.Column(DriftColumn.Numeric("x", reference), DriftColumn.Numeric("x", current));
        var referenceShares = Enumerable.Repeat(1.0 / 31, 29).Append(2.0 / 31).ToArray();
        var currentShares = new double[30];
        Array.Fill(currentShares, PopulationStabilityIndex.EmptyBinShare);
        currentShares[0] = 30.0 / 31;
        currentShares[29] = 1.0 / 31;
        Assert.Equal(PopulationStabilityIndex.FromShares(referenceShares, currentShares), drift.Psi, 12);
    }

    [Fact]
    public void Column_PsiBinsZero_UsesSturgesCountLikeEvidentlysCode()
    {
        double[] reference = Normal(3000, 0, 16), current = Normal(1000, 0.2, 17);
        var thirty = DriftAnalysis.Column(DriftColumn.Numeric("x", reference), DriftColumn.Numeric("x", current));
        var sturges = DriftAnalysis.Column(DriftColumn.Numeric("x", reference), DriftColumn.Numeric("x", current), new DriftOptions { PsiBins = 0 });
        Assert.NotEqual(thirty.Psi, sturges.Psi);
        Assert.Equal(thirty.Score, sturges.Score);
    }
}
