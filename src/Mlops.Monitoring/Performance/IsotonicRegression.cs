namespace Mlops.Monitoring.Performance;

/// <summary>Pool-adjacent-violators: the non-decreasing step fit of y on sorted x, returned as interpolation knots.</summary>
internal static class IsotonicRegression
{
    /// <summary>Ties in x are pooled first (their mean y); each block yields knots at its lowest and highest x.</summary>
    public static (double[] X, double[] Y) Fit(double[] sortedX, double[] y)
    {
        var blockLow = new List<double>();
        var blockHigh = new List<double>();
        var blockSum = new List<double>();
        var blockWeight = new List<double>();
        for (int i = 0; i < sortedX.Length; i++)
        {
            if (blockLow.Count > 0 && blockHigh[^1] == sortedX[i])
            {
                blockSum[^1] += y[i];
                blockWeight[^1] += 1;
            }
            else
            {
                blockLow.Add(sortedX[i]);
                blockHigh.Add(sortedX[i]);
                blockSum.Add(y[i]);
                blockWeight.Add(1);
            }
            // Merge backwards while the last block's mean is below its predecessor's.
            while (blockSum.Count > 1 && blockSum[^1] * blockWeight[^2] < blockSum[^2] * blockWeight[^1])
            {
                int last = blockSum.Count - 1;
                blockSum[last - 1] += blockSum[last];
                blockWeight[last - 1] += blockWeight[last];
                blockHigh[last - 1] = blockHigh[last];
                blockSum.RemoveAt(last);
                blockWeight.RemoveAt(last);
                blockLow.RemoveAt(last);
                blockHigh.RemoveAt(last);
            }
        }
        var knotX = new List<double>();
        var knotY = new List<double>();
        for (int b = 0; b < blockSum.Count; b++)
        {
            double mean = blockSum[b] / blockWeight[b];
            knotX.Add(blockLow[b]);
            knotY.Add(mean);
            if (blockHigh[b] > blockLow[b]) { knotX.Add(blockHigh[b]); knotY.Add(mean); }
        }
        return (knotX.ToArray(), knotY.ToArray());
    }
}
