using Mlops.Core.Errors;

namespace Mlops.Training.Evaluation;

/// <summary>Finds test rows with a near-copy in the training table; brute force is fine at this data size.</summary>
public static class LeakageCheck
{
    public static LeakageReport Compute(
        IReadOnlyList<string> featureNames, float[] train, int trainRows, float[] test, int testRows, double threshold)
    {
        var width = featureNames.Count;
        if (trainRows == 0)
        {
            throw MlopsException.Invalid("Leakage check needs at least one training row.");
        }

        var nearest = new double[testRows];
        Parallel.For(0, testRows, t =>
        {
            var row = test.AsSpan(t * width, width);
            var best = double.PositiveInfinity;
            for (var r = 0; r < trainRows && best > 0; r++)
            {
                var other = train.AsSpan(r * width, width);
                double sum = 0;
                for (var c = 0; c < width && sum < best; c++)
                {
                    double d = row[c] - other[c];
                    sum += d * d;
                }

                best = Math.Min(best, sum);
            }

            nearest[t] = Math.Sqrt(best);
        });

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
