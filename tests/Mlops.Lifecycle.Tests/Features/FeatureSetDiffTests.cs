using Mlops.Core.Features;
using Mlops.Lifecycle.Features;

namespace Mlops.Lifecycle.Tests.Features;

public sealed class FeatureSetDiffTests
{
    private static FeatureColumn Numeric(string name, double shift, long count = 5000) =>
        new(name, "numeric", new FeatureColumnStats(count, 0, shift - 3, shift + 3, shift, 1,
            [.. Enumerable.Range(0, 101).Select(p => shift + (p - 50) / 16.0)], null));

    private static FeatureColumn Indicator(string name, double share) =>
        new(name, "onehot", new FeatureColumnStats(5000, 0, 0, 1, share, 0.5, [.. Enumerable.Range(0, 101).Select(p => p < 100 * (1 - share) ? 0.0 : 1.0)], share));

    private static FeatureSetVersion Version(string name, params FeatureColumn[] columns) =>
        new(name, 1, columns, "t", "d", 4000, 1000, DateTimeOffset.UnixEpoch, null, []);

    [Fact]
    public void Compare_SameColumns_NothingChangedNothingDrifted()
    {
        var a = Version("a", Numeric("x", 0), Indicator("c=1", 0.3));

        var diff = FeatureSetDiff.Compare(a, a with { Name = "b" });

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.All(diff.Shared, c => Assert.Empty(c.ChangedStatistics));
        Assert.Equal(0, diff.DriftedCount);
    }

    [Fact]
    public void Compare_ShiftedNumericColumn_ListsTheMeanAndDriftsByWasserstein()
    {
        var diff = FeatureSetDiff.Compare(Version("a", Numeric("x", 0)), Version("b", Numeric("x", 1)));

        var x = diff.Shared.Single();
        Assert.Contains(x.ChangedStatistics, s => s.StartsWith("mean 0 -> 1", StringComparison.Ordinal));
        Assert.Equal(Monitoring.Drift.DriftTest.WassersteinNormed, x.Drift!.Test);
        Assert.True(x.Drift.Detected);
    }

    [Fact]
    public void Compare_IndicatorShareMoved_ListsOnesShareAndTestsTheCounts()
    {
        var diff = FeatureSetDiff.Compare(Version("a", Indicator("c=1", 0.2)), Version("b", Indicator("c=1", 0.6)));

        var column = diff.Shared.Single();
        Assert.Contains(column.ChangedStatistics, s => s.StartsWith("ones_share 0.2 -> 0.6", StringComparison.Ordinal));
        Assert.Equal(Monitoring.Drift.ColumnKind.Categorical, column.Drift!.Kind);
        Assert.True(column.Drift.Detected);
    }

    [Fact]
    public void Compare_ColumnsDiffer_NamesAddedAndRemovedInOrder()
    {
        var diff = FeatureSetDiff.Compare(Version("a", Numeric("x", 0), Numeric("y", 0), Numeric("z", 0)), Version("b", Numeric("y", 0), Numeric("w", 0)));

        Assert.Equal(["x", "z"], diff.Removed);
        Assert.Equal(["w"], diff.Added);
        Assert.Equal(["y"], diff.Shared.Select(c => c.Column));
    }

    [Fact]
    public void Compare_ColumnWithoutFiniteValues_NoDriftVerdict()
    {
        var empty = new FeatureColumn("x", "numeric", new FeatureColumnStats(0, 10, double.NaN, double.NaN, double.NaN, double.NaN, [], null));

        var diff = FeatureSetDiff.Compare(Version("a", Numeric("x", 0)), Version("b", empty));

        Assert.Null(diff.Shared.Single().Drift);
        Assert.Contains(diff.Shared.Single().ChangedStatistics, s => s.StartsWith("nan_share", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SmallShiftWithinTolerance_NotListed()
    {
        var diff = FeatureSetDiff.Compare(Version("a", Numeric("x", 0)), Version("b", Numeric("x", 0.05)), tolerance: 0.1);

        Assert.Empty(diff.Shared.Single().ChangedStatistics);
    }
}
