namespace Mlops.Training.Evaluation;

/// <summary>
/// A k-d tree over row-major float rows for exact nearest-neighbour distances: built in O(n log n), each query visits
/// only the cells that could hold a closer row. The rows are not copied; the tree orders row indices.
/// </summary>
internal sealed partial class NearestNeighbourIndex
{
    private const int LeafRows = 12;
    private const int PivotSample = 63;

    private readonly float[] points;
    private readonly int width;
    private readonly int[] order;
    private readonly List<Node> nodes = [];
    private readonly Node[] tree;

    public NearestNeighbourIndex(float[] points, int rows, int width)
    {
        this.points = points;
        this.width = width;
        order = [.. Enumerable.Range(0, rows)];
        var keys = new float[rows];
        Build(0, rows, keys);
        tree = [.. nodes];
    }

    /// <param name="Dim">The split column, or -1 for a leaf.</param>
    /// <param name="LowMax">The largest value of <paramref name="Dim"/> in the low child (rows [Start, Mid)).</param>
    /// <param name="HighMin">The smallest value of <paramref name="Dim"/> in the high child (rows [Mid, End)).</param>
    private readonly record struct Node(int Start, int End, int Dim, int Mid, float LowMax, float HighMin, int Low, int High);

    private float Value(int row, int dim) => points[((long)row * width) + dim];

    private int Build(int start, int end, float[] keys)
    {
        var index = nodes.Count;
        nodes.Add(new Node(start, end, -1, 0, 0, 0, -1, -1));
        var dim = end - start <= LeafRows ? -1 : WidestDimension(start, end);
        if (dim < 0)
        {
            return index;
        }

        for (var i = start; i < end; i++)
        {
            keys[i] = Value(order[i], dim);
        }

        var mid = Partition(start, end, keys, PivotOf(start, end, keys));
        if (mid == start || mid == end)
        {
            return index; // only NaN keys make a split fail; such a cell is searched row by row
        }

        float lowMax = float.NegativeInfinity, highMin = float.PositiveInfinity;
        for (var i = start; i < mid; i++)
        {
            lowMax = Math.Max(lowMax, keys[i]);
        }

        for (var i = mid; i < end; i++)
        {
            highMin = Math.Min(highMin, keys[i]);
        }

        var low = Build(start, mid, keys);
        var high = Build(mid, end, keys);
        nodes[index] = new Node(start, end, dim, mid, lowMax, highMin, low, high);
        return index;
    }

    // The column with the largest spread, judged on an even sample of a large range; -1 when every row is identical.
    private int WidestDimension(int start, int end)
    {
        var dim = WidestDimension(start, end, Math.Max(1, (end - start) / 256));
        return dim < 0 && end - start > 256 ? WidestDimension(start, end, 1) : dim;
    }

    private int WidestDimension(int start, int end, int step)
    {
        var best = -1;
        var bestSpread = 0f;
        for (var d = 0; d < width; d++)
        {
            float min = float.PositiveInfinity, max = float.NegativeInfinity;
            for (var i = start; i < end; i += step)
            {
                var v = Value(order[i], d);
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            if (max - min > bestSpread)
            {
                bestSpread = max - min;
                best = d;
            }
        }

        return best;
    }

    // The median of an even sample: close enough to the true median to keep the tree balanced, without a selection pass.
    private static float PivotOf(int start, int end, float[] keys)
    {
        var count = Math.Min(PivotSample, end - start);
        var sample = new float[count];
        for (var i = 0; i < count; i++)
        {
            sample[i] = keys[start + (int)((long)i * (end - start) / count)];
        }

        Array.Sort(sample);
        return sample[count / 2];
    }

    /// <summary>
    /// Three-way partition around <paramref name="pivot"/> (less, equal, greater), then the split that keeps equal
    /// values together on the side giving the better balance: a discrete column never has one value on both sides.
    /// </summary>
    private int Partition(int start, int end, float[] keys, float pivot)
    {
        int less = start, i = start, greater = end;
        while (i < greater)
        {
            if (keys[i] < pivot)
            {
                Swap(keys, less++, i++);
            }
            else if (keys[i] == pivot)
            {
                i++;
            }
            else
            {
                Swap(keys, i, --greater);
            }
        }

        if (less == start)
        {
            return greater;
        }

        if (greater == end)
        {
            return less;
        }

        var middle = start + ((end - start) / 2);
        return Math.Abs(less - middle) <= Math.Abs(greater - middle) ? less : greater;
    }

    private void Swap(float[] keys, int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (order[a], order[b]) = (order[b], order[a]);
    }
}
