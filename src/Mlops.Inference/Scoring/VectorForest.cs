using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Mlops.Inference.Scoring;

/// <summary>
/// The compiled ensemble scored eight rows at a time without walking the trees (the QuickScorer idea): leaves are
/// numbered left to right; every node whose test fails (value &gt; threshold, or NaN) clears the leaves of its left
/// subtree from the row's leaf mask, and the leftmost leaf that survives is the one the walk would reach. All nodes
/// of a tree are tested with one vector compare each, so there is no branch to mispredict. Each row still adds the
/// same leaf values in the same tree order, so the sums equal the one-row walk's exactly.
/// </summary>
internal sealed class VectorForest
{
    public const int Lanes = 8;

    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _keep;
    private readonly int[] _treeNodeStart;
    private readonly int[] _treeLeafBase;
    private readonly double[] _leafValue;

    private VectorForest(int[] feature, float[] threshold, int[] keep, int[] treeNodeStart, int[] treeLeafBase, double[] leafValue) =>
        (_feature, _threshold, _keep, _treeNodeStart, _treeLeafBase, _leafValue) = (feature, threshold, keep, treeNodeStart, treeLeafBase, leafValue);

    /// <summary>Null when the hardware has no 256-bit vectors or a tree has more than 32 leaves (then the walk is used).</summary>
    /// <param name="nodes">(feature, threshold, left, right) with CompiledTreeScorer's child convention.</param>
    public static VectorForest? TryBuild(int[] treeRoot, ReadOnlySpan<(int Feature, float Threshold, int Left, int Right)> nodes,
        double[] leafValue)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return null;
        }
        var feature = new List<int>();
        var threshold = new List<float>();
        var keep = new List<int>();
        var leaves = new List<double>();
        var nodeStart = new int[treeRoot.Length + 1];
        var leafBase = new int[treeRoot.Length];
        for (var t = 0; t < treeRoot.Length; t++)
        {
            nodeStart[t] = feature.Count;
            leafBase[t] = leaves.Count;
            var inTree = new List<(int Node, int FirstLeaf, int LeftLeaves)>();
            Number(treeRoot[t], nodes, leafValue, leaves, inTree, leafBase[t]);
            if (leaves.Count - leafBase[t] > 32)
            {
                return null;
            }
            foreach (var (node, first, count) in inTree)
            {
                feature.Add(nodes[node].Feature);
                threshold.Add(nodes[node].Threshold);
                keep.Add(~(int)(((1L << count) - 1) << first));
            }
        }
        nodeStart[treeRoot.Length] = feature.Count;
        return new VectorForest([.. feature], [.. threshold], [.. keep], nodeStart, leafBase, [.. leaves]);
    }

    // In-order numbering of the leaves; records for each node its first left-subtree leaf and how many there are.
    private static void Number(int child, ReadOnlySpan<(int Feature, float Threshold, int Left, int Right)> nodes, double[] leafValue,
        List<double> leaves, List<(int Node, int FirstLeaf, int LeftLeaves)> inTree, int leafBase)
    {
        if (child < 0)
        {
            leaves.Add(leafValue[~child]);
            return;
        }
        var first = leaves.Count - leafBase;
        Number(nodes[child].Left, nodes, leafValue, leaves, inTree, leafBase);
        inTree.Add((child, first, leaves.Count - leafBase - first));
        Number(nodes[child].Right, nodes, leafValue, leaves, inTree, leafBase);
    }

    /// <summary>
    /// Sums, for eight rows given column-major in <paramref name="columns"/> (feature f of lane i at f * 8 + i), the leaf
    /// values of trees [<paramref name="firstTree"/>, <paramref name="endTree"/>) into <paramref name="sums"/> (8 values).
    /// </summary>
    public void SumTrees(ReadOnlySpan<float> columns, int firstTree, int endTree, Span<double> sums)
    {
        ref var x0 = ref MemoryMarshal.GetReference(columns);
        ref var feature0 = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref var threshold0 = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref var keep0 = ref MemoryMarshal.GetArrayDataReference(_keep);
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leafValue);
        var low = Vector256<double>.Zero;
        var high = Vector256<double>.Zero;
        Span<int> leaf = stackalloc int[Lanes];
        ref var l = ref MemoryMarshal.GetReference(leaf);
        for (var t = firstTree; t < endTree; t++)
        {
            var mask = Vector256<int>.AllBitsSet;
            for (var n = _treeNodeStart[t]; n < _treeNodeStart[t + 1]; n++)
            {
                var x = Vector256.LoadUnsafe(ref x0, (nuint)(Unsafe.Add(ref feature0, n) * Lanes));
                var goesLeft = Vector256.LessThanOrEqual(x, Vector256.Create(Unsafe.Add(ref threshold0, n))).AsInt32();
                mask &= goesLeft | Vector256.Create(Unsafe.Add(ref keep0, n));
            }
            // Lowest set bit 2^k → k, read from the exponent of its float conversion (exact for every power of two).
            var lowest = mask & -mask;
            var index = ((Vector256.ConvertToSingle(lowest).AsInt32() >>> 23) & Vector256.Create(0xFF)) - Vector256.Create(127 - _treeLeafBase[t]);
            index.StoreUnsafe(ref l);
            low += Vector256.Create(Unsafe.Add(ref leaf0, l), Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 1)),
                Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 2)), Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 3)));
            high += Vector256.Create(Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 4)), Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 5)),
                Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 6)), Unsafe.Add(ref leaf0, Unsafe.Add(ref l, 7)));
        }
        low.CopyTo(sums);
        high.CopyTo(sums[4..]);
    }
}
