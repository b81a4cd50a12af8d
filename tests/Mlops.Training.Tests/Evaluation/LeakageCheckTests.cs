using Mlops.Training.Evaluation;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Evaluation;

public class LeakageCheckTests
{
    [Fact]
    public void Compute_TinyTables_CountsNearCopiesExactCopiesAndMedian()
    {
        float[] train = [0, 0, 1, 1];
        float[] test = [0, 0, 0.03f, 0, 0.5f, 0.5f];

        var report = LeakageCheck.Compute(["a", "b"], train, 2, test, 3, 0.05);

        Assert.Equal(3, report.TestRows);
        Assert.Equal(2, report.NearCopyRows);
        Assert.Equal(2.0 / 3, report.NearCopyShare, 12);
        Assert.Equal(1, report.ExactDuplicateRows);
        Assert.Equal(1.0 / 3, report.ExactDuplicateShare, 12);
        Assert.Equal(0.03, report.MedianDistance, 6);
        Assert.Equal(0, report.MinDistance);
        Assert.Equal(Math.Sqrt(0.5), report.MaxDistance, 6);
    }

    [Fact]
    public void Compute_BundledTables_EqualsAllPairsResultExactly()
    {
        var train = ObesityTables.Train;
        var test = ObesityTables.Test;

        var report = LeakageCheck.Compute(test.FeatureNames, train.Values, train.Rows, test.Values, test.Rows, 0.05);

        var oracle = AllPairsLeakage.NearestDistances(train.Values, train.Rows, test.Values, test.Rows, test.Width);
        Assert.Equal(oracle, report.NearestDistances);
        Assert.Equal(oracle.Count(d => d <= 0.05), report.NearCopyRows);
        Assert.Equal(oracle.Count(d => d == 0), report.ExactDuplicateRows);
        Assert.Equal(oracle.Max(), report.MaxDistance);
    }

    [Theory]
    [InlineData(1, 3, 40)]
    [InlineData(2, 8, 500)]
    [InlineData(3, 20, 3000)]
    public void Compute_RandomTablesWithDiscreteAndRepeatedValues_EqualsAllPairsResult(int seed, int width, int trainRows)
    {
        var random = new Random(seed);
        var train = RandomRows(random, trainRows, width);
        var test = RandomRows(random, 300, width);
        // Some test rows are copies of training rows, some nearly so: the distances an index may get wrong first.
        for (var t = 0; t < 60; t++)
        {
            var source = random.Next(trainRows);
            for (var c = 0; c < width; c++)
            {
                test[(t * width) + c] = train[(source * width) + c] + (t % 2 == 0 ? 0 : (float)(random.NextDouble() * 0.01));
            }
        }

        var report = LeakageCheck.Compute([.. Enumerable.Range(0, width).Select(c => $"f{c}")], train, trainRows, test, 300, 0.05);

        Assert.Equal(AllPairsLeakage.NearestDistances(train, trainRows, test, 300, width), report.NearestDistances);
    }

    [Fact]
    public void Compute_PlantedNearCopiesAmongDistantRows_FindsExactlyThePlantedOnes()
    {
        const int width = 4, side = 12, planted = 25, exact = 7, distant = 40;
        var train = GridRows(side, width);
        var trainRows = train.Length / width;
        var random = new Random(7);
        var test = new List<float>();
        for (var t = 0; t < planted + exact + distant; t++)
        {
            var source = random.Next(trainRows);
            for (var c = 0; c < width; c++)
            {
                var value = train[(source * width) + c];
                // Planted: within 0.02 per column (distance < 0.04); distant: half a cell away in every column (distance 1).
                test.Add(t < planted ? value + (float)((random.NextDouble() * 0.04) - 0.02) : t < planted + exact ? value : value + 0.5f);
            }
        }

        var report = LeakageCheck.Compute(["a", "b", "c", "d"], train, trainRows, [.. test], test.Count / width, 0.05);

        Assert.Equal(planted + exact, report.NearCopyRows);
        Assert.Equal(exact, report.ExactDuplicateRows);
        Assert.Equal(1, report.MaxDistance, 5);
    }

    // Columns alternate between a 0/1 indicator, a few repeated levels and a continuous value, as one-hot and ordinal
    // features do after scaling.
    private static float[] RandomRows(Random random, int rows, int width)
    {
        var values = new float[rows * width];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                values[(r * width) + c] = (c % 3) switch
                {
                    0 => random.Next(2) * 1.7f - 0.6f,
                    1 => random.Next(4) * 0.8f,
                    _ => (float)((random.NextDouble() * 4) - 2),
                };
            }
        }

        return values;
    }

    private static float[] GridRows(int side, int width)
    {
        var rows = (int)Math.Pow(side, width);
        var values = new float[rows * width];
        for (var r = 0; r < rows; r++)
        {
            var rest = r;
            for (var c = 0; c < width; c++, rest /= side)
            {
                values[(r * width) + c] = rest % side;
            }
        }

        return values;
    }
}
