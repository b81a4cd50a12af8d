using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mlops.Inference.Scoring;

/// <summary>
/// A tree ensemble flattened into one node array and evaluated without ML.NET: no allocation, thread-safe.
/// A child ≥ 0 is a node index; a negative child c is the leaf ~c.
/// </summary>
internal sealed partial class CompiledTreeScorer : IRowScorer
{
    private readonly int[] _classTreeStart;
    private readonly int[] _treeRoot;
    private readonly Node[] _nodes;
    private readonly double[] _leafValue;
    private readonly OutputFormula _formula;
    private readonly double[] _slope;
    private readonly double[] _offset;
    private VectorForest? _forest;
    private bool _forestBuilt;

    public CompiledTreeScorer(IReadOnlyList<IReadOnlyList<FlatTree>> treesPerClass, OutputFormula formula, double[] slope, double[] offset)
    {
        _formula = formula;
        _slope = slope;
        _offset = offset;
        var classes = treesPerClass.Count;
        _classTreeStart = new int[classes + 1];
        var roots = new List<int>();
        var nodes = new List<Node>();
        var leaves = new List<double>();
        for (var c = 0; c < classes; c++)
        {
            _classTreeStart[c] = roots.Count;
            foreach (var tree in treesPerClass[c])
            {
                var nodeBase = nodes.Count;
                var leafBase = leaves.Count;
                int Shift(int child) => child >= 0 ? child + nodeBase : ~(~child + leafBase);
                roots.Add(tree.SplitFeature.Length == 0 ? ~leafBase : nodeBase);
                for (var n = 0; n < tree.SplitFeature.Length; n++)
                {
                    nodes.Add(new Node(tree.SplitFeature[n], tree.Threshold[n], Shift(tree.Left[n]), Shift(tree.Right[n])));
                }

                leaves.AddRange(tree.LeafValue);
            }
        }

        _classTreeStart[classes] = roots.Count;
        _treeRoot = [.. roots];
        _nodes = [.. nodes];
        _leafValue = [.. leaves];
    }

    private CompiledTreeScorer(int[] classTreeStart, int[] treeRoot, Node[] nodes, double[] leafValue, OutputFormula formula,
        double[] slope, double[] offset)
    {
        (_classTreeStart, _treeRoot, _nodes, _leafValue) = (classTreeStart, treeRoot, nodes, leafValue);
        (_formula, _slope, _offset) = (formula, slope, offset);
    }

    // Built on first use, so a loaded file is validated first and single-row servers never pay for it; a race only builds it twice.
    private VectorForest? Forest
    {
        get
        {
            if (!Volatile.Read(ref _forestBuilt))
            {
                _forest = VectorForest.TryBuild(_treeRoot, _nodes.Select(n => (n.Feature, n.Threshold, n.Left, n.Right)).ToArray(), _leafValue);
                Volatile.Write(ref _forestBuilt, true);
            }
            return _forest;
        }
    }

    public int ClassCount => _classTreeStart.Length - 1;

    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        ref var node0 = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leafValue);
        ref var x = ref MemoryMarshal.GetReference(features);
        for (var c = 0; c < ClassCount; c++)
        {
            double sum = 0;
            for (var t = _classTreeStart[c]; t < _classTreeStart[c + 1]; t++)
            {
                sum += Unsafe.Add(ref leaf0, ~Walk(ref node0, ref x, _treeRoot[t]));
            }

            probabilities[c] = (float)sum;
        }

        Finish(probabilities[..ClassCount]);
    }

    /// <summary>
    /// Scores a block of row-major rows tree by tree, so each tree stays in cache while all rows pass through it,
    /// eight rows at a time when the hardware allows (<see cref="VectorForest"/>).
    /// <paramref name="sums"/> is scratch of rows × classes.
    /// </summary>
    public void ScoreBlock(ReadOnlySpan<float> features, int rows, int width, Span<double> sums, Span<float> probabilities)
    {
        var k = ClassCount;
        if (Forest is { } forest)
        {
            ScoreVectorBlock(forest, features, rows, width, sums);
        }
        else
        {
            WalkBlock(features, rows, width, sums);
        }

        for (var r = 0; r < rows; r++)
        {
            var row = probabilities.Slice(r * k, k);
            for (var c = 0; c < k; c++)
            {
                row[c] = (float)sums[(r * k) + c];
            }

            Finish(row);
        }
    }

    public void Dispose()
    {
    }

    private void WalkBlock(ReadOnlySpan<float> features, int rows, int width, Span<double> sums)
    {
        var k = ClassCount;
        ref var node0 = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leafValue);
        ref var x0 = ref MemoryMarshal.GetReference(features);
        for (var c = 0; c < k; c++)
        {
            for (var t = _classTreeStart[c]; t < _classTreeStart[c + 1]; t++)
            {
                var root = _treeRoot[t];
                for (var r = 0; r < rows; r++)
                {
                    sums[(r * k) + c] += Unsafe.Add(ref leaf0, ~Walk(ref node0, ref Unsafe.Add(ref x0, r * width), root));
                }
            }
        }
    }

    // Eight rows at a time, transposed to columns; a short last group repeats its last row and drops the extra sums.
    private void ScoreVectorBlock(VectorForest forest, ReadOnlySpan<float> features, int rows, int width, Span<double> sums)
    {
        const int lanes = VectorForest.Lanes;
        var k = ClassCount;
        var columns = width <= 256 ? stackalloc float[width * lanes] : new float[width * lanes];
        Span<double> laneSums = stackalloc double[lanes];
        for (var g = 0; g < rows; g += lanes)
        {
            for (var i = 0; i < lanes; i++)
            {
                var row = features.Slice(Math.Min(g + i, rows - 1) * width, width);
                for (var f = 0; f < width; f++)
                {
                    columns[(f * lanes) + i] = row[f];
                }
            }
            for (var c = 0; c < k; c++)
            {
                forest.SumTrees(columns, _classTreeStart[c], _classTreeStart[c + 1], laneSums);
                for (var i = 0; i < lanes && g + i < rows; i++)
                {
                    sums[((g + i) * k) + c] = laneSums[i];
                }
            }
        }
    }

    // Go left when value <= threshold, the comparison ML.NET's RegressionTree.GetLeaf makes.
    // Indices come from a validated model (features < width, children inside the arrays), so bounds checks are skipped.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Walk(ref Node node0, ref float x, int node)
    {
        while (node >= 0)
        {
            ref var n = ref Unsafe.Add(ref node0, node);
            node = Unsafe.Add(ref x, n.Feature) <= n.Threshold ? n.Left : n.Right;
        }

        return node;
    }

    private void Finish(Span<float> scores)
    {
        switch (_formula)
        {
            case OutputFormula.Softmax:
                Softmax(scores);
                break;
            case OutputFormula.CalibratedNormalized:
                CalibrateAndNormalize(scores);
                break;
            case OutputFormula.Raw:
                break;
        }
    }

    // Float arithmetic on purpose: it is what ML.NET's softmax does, so probabilities match it to the last bits.
    private static void Softmax(Span<float> scores)
    {
        float sum = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)Math.Exp(scores[i]);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }

    private void CalibrateAndNormalize(Span<float> scores)
    {
        double sum = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)(1 / (1 + Math.Exp((_slope[i] * scores[i]) + _offset[i])));
            sum += scores[i];
        }

        if (sum > 0)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = (float)(scores[i] / sum);
            }
        }
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
