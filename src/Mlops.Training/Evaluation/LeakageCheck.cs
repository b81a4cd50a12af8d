using Mlops.Core.Errors;

namespace Mlops.Training.Evaluation;

/// <summary>
/// Finds test rows with a near-copy in the training table: each test row's exact distance to its nearest training row,
/// through a k-d tree over the training rows (O(n log n) to build, about log n per test row on this kind of data).
/// </summary>
public static class LeakageCheck
{
    public static LeakageReport Compute(
        IReadOnlyList<string> featureNames, float[] train, int trainRows, float[] test, int testRows, double threshold)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        var width = featureNames.Count;
        if (trainRows == 0)
        {
            throw MlopsException.Invalid("Leakage check needs at least one training row.");
        }

        var index = new NearestNeighbourIndex(train, trainRows, width);
        var nearest = new double[testRows];
        Parallel.For(0, testRows, () => new double[width], (t, _, offsets) =>
        {
            nearest[t] = Math.Sqrt(index.NearestSquaredDistance(test.AsSpan(t * width, width), offsets));
            return offsets;
        }, _ => { });

        var near = nearest.Count(d => d <= threshold);
        var exact = nearest.Count(d => d == 0);
        var sorted = nearest.Order().ToArray();
        var share = (int count) => testRows == 0 ? 0 : (double)count / testRows;
        return new LeakageReport(
            threshold,
            testRows,
            near,
            share(near),
            exact,
            share(exact),
            sorted.Length == 0 ? 0 : sorted[0],
            Median(sorted),
            sorted.Length == 0 ? 0 : sorted[^1])
        {
            NearestDistances = nearest,
        };
    }

    private static double Median(double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
