namespace Mlops.Training.Evaluation;

internal sealed partial class NearestNeighbourIndex
{
    // A cell is skipped only when its lower bound, shrunk by this factor, is not below the best distance found: the
    // bound is summed in another order than a row's distance, and its relative rounding error (under 1e-13 here) must
    // never skip a row whose computed distance is lower.
    private const double BoundSlack = 1 - 1e-9;

    /// <summary>
    /// The squared Euclidean distance from <paramref name="query"/> to its nearest row, each term computed as
    /// <c>(double)(float)(query[c] - row[c])</c> squared and summed in column order, so it equals an all-pairs scan's minimum.
    /// </summary>
    /// <param name="offsets">Scratch of one value per column, owned by the calling thread.</param>
    public double NearestSquaredDistance(ReadOnlySpan<float> query, double[] offsets)
    {
        Array.Clear(offsets);
        var best = double.PositiveInfinity;
        Search(0, query, offsets, 0, ref best);
        return best;
    }

    private void Search(int index, ReadOnlySpan<float> query, double[] offsets, double bound, ref double best)
    {
        var node = tree[index];
        if (node.Dim < 0)
        {
            ScanLeaf(node, query, ref best);
            return;
        }

        var q = query[node.Dim];
        var lowFirst = q - node.LowMax <= node.HighMin - q;
        // The distance along the split column from the query to the other child's range, rounded as a row's term is.
        float gap = lowFirst ? (q < node.HighMin ? q - node.HighMin : 0) : (q > node.LowMax ? q - node.LowMax : 0);
        Search(lowFirst ? node.Low : node.High, query, offsets, bound, ref best);
        if (best == 0)
        {
            return;
        }

        var old = offsets[node.Dim];
        double farOffset = Math.Max(Math.Abs((double)gap), old);
        var farBound = bound + ((farOffset * farOffset) - (old * old));
        if (farBound * BoundSlack < best)
        {
            offsets[node.Dim] = farOffset;
            Search(lowFirst ? node.High : node.Low, query, offsets, farBound, ref best);
            offsets[node.Dim] = old;
        }
    }

    private void ScanLeaf(Node node, ReadOnlySpan<float> query, ref double best)
    {
        for (var i = node.Start; i < node.End && best > 0; i++)
        {
            var other = points.AsSpan(order[i] * width, width);
            double sum = 0;
            for (var c = 0; c < width && sum < best; c++)
            {
                double d = query[c] - other[c];
                sum += d * d;
            }

            best = Math.Min(best, sum);
        }
    }
}
