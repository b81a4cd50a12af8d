using Mlops.Core.Features;
using Mlops.Training.Features;

namespace Mlops.Training.Tests.Features;

public sealed class FeatureStatisticsTests
{
    [Fact]
    public void Columns_FewRows_ExactFiguresPercentilesAndOnesShare()
    {
        var statistics = new FeatureStatistics(["x", "flag"], ["numeric", "onehot"], 5);
        foreach (var (x, flag) in new[] { (1f, 1f), (2f, 0f), (3f, 1f), (4f, 0f), (float.NaN, 1f) })
        {
            statistics.Add([x, flag]);
        }

        var (xs, flags) = (statistics.Columns()[0].Stats, statistics.Columns()[1].Stats);

        Assert.Equal((4L, 1L, 1.0, 4.0, 2.5), (xs.Count, xs.NanCount, xs.Min, xs.Max, xs.Mean));
        Assert.Equal(Math.Sqrt(1.25), xs.Std, 12);
        Assert.Equal((1.0, 1.75, 2.5, 4.0), (xs.Percentile(0), xs.Percentile(25), xs.Percentile(50), xs.Percentile(100)));
        Assert.Null(xs.OnesShare);
        Assert.Equal(0.6, flags.OnesShare);
    }

    [Fact]
    public void Columns_NoFiniteValue_NaNFiguresAndNoPercentiles()
    {
        var statistics = new FeatureStatistics(["x"], ["numeric"], 2);
        statistics.Add([float.NaN]);
        statistics.Add([float.NegativeInfinity]);

        var stats = statistics.Columns().Single().Stats;

        Assert.Equal((0L, 2L), (stats.Count, stats.NanCount));
        Assert.True(double.IsNaN(stats.Mean) && double.IsNaN(stats.Min));
        Assert.Empty(stats.Percentiles);
    }

    [Fact]
    public void Columns_MoreRowsThanTheSample_ExactMeanAndSampledMedianClose()
    {
        var rows = FeatureColumnStats.SampleLimit * 3;
        var statistics = new FeatureStatistics(["x"], ["numeric"], rows);
        for (var i = 0; i < rows; i++)
        {
            statistics.Add([i]);
        }

        var stats = statistics.Columns().Single().Stats;

        Assert.Equal((rows - 1) / 2.0, stats.Mean, 6);
        Assert.Equal(rows - 1, stats.Max);
        Assert.InRange(stats.Percentile(50), rows * 0.48, rows * 0.52);
    }
}
