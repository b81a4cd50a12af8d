namespace Mlops.Training.Tests.Evaluation;

/// <summary>The leakage check's former all-pairs algorithm, kept here only as the oracle the indexed one must match.</summary>
internal static class AllPairsLeakage
{
    public static double[] NearestDistances(float[] train, int trainRows, float[] test, int testRows, int width)
    {
        var nearest = new double[testRows];
        for (var t = 0; t < testRows; t++)
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
        }

        return nearest;
    }
}
