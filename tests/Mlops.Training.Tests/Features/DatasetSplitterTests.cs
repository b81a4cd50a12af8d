using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Training.Tests.Features;

public sealed class DatasetSplitterTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>
{
    [Fact]
    public void Split_Stratified_TestShareIsRoundedPerClass()
    {
        var split = DatasetSplitter.Split(data.Labels, new SplitParams { TestFraction = 0.2, Seed = 42, Stratified = true });

        foreach (var group in data.Labels.GroupBy(l => l))
        {
            var expected = (int)Math.Round(group.Count() * 0.2, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, split.Test.Count(i => data.Labels[i] == group.Key));
        }
        Assert.Equal(data.Labels.Count, split.Train.Length + split.Test.Length);
        Assert.Empty(split.Train.Intersect(split.Test));
        Assert.Equal(split.Train.Order(), split.Train);
    }

    [Fact]
    public void Split_SameSeed_SameRows()
    {
        var settings = new SplitParams { TestFraction = 0.3, Seed = 7, Stratified = false };
        var first = DatasetSplitter.Split(data.Labels, settings);
        var second = DatasetSplitter.Split(data.Labels, settings);
        var other = DatasetSplitter.Split(data.Labels, new SplitParams { TestFraction = 0.3, Seed = 8, Stratified = false });

        Assert.Equal(first.Test, second.Test);
        Assert.NotEqual(first.Test, other.Test);
        Assert.Equal((int)Math.Round(data.Labels.Count * 0.3), first.Test.Length);
    }
}
