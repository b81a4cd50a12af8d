namespace Mlops.Training.Scoring;

/// <summary>
/// A tree ensemble flattened into arrays and evaluated without ML.NET: one pass per tree, no allocation, thread-safe.
/// Child indices ≥ 0 are nodes; a negative child c is the leaf ~c.
/// </summary>
internal sealed class CompiledTreeScorer : IRowScorer
{
    private readonly int[] _classTreeStart;
    private readonly int[] _treeRoot;
    private readonly int[] _splitFeature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leafValue;
    private readonly OutputFormula _formula;
    private readonly double[] _slope;
    private readonly double[] _offset;

    public CompiledTreeScorer(IReadOnlyList<IReadOnlyList<FlatTree>> treesPerClass, OutputFormula formula, double[] slope, double[] offset)
    {
        _formula = formula;
        _slope = slope;
        _offset = offset;
        var classes = treesPerClass.Count;
        _classTreeStart = new int[classes + 1];
        var roots = new List<int>();
        var features = new List<int>();
        var thresholds = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<double>();
        for (var c = 0; c < classes; c++)
        {
            _classTreeStart[c] = roots.Count;
            foreach (var tree in treesPerClass[c])
            {
                var nodeBase = features.Count;
                var leafBase = leaves.Count;
                int Shift(int child) => child >= 0 ? child + nodeBase : ~(~child + leafBase);
                roots.Add(tree.SplitFeature.Length == 0 ? ~leafBase : nodeBase);
                features.AddRange(tree.SplitFeature);
                thresholds.AddRange(tree.Threshold);
                left.AddRange(tree.Left.Select(Shift));
                right.AddRange(tree.Right.Select(Shift));
                leaves.AddRange(tree.LeafValue);
            }
        }

        _classTreeStart[classes] = roots.Count;
        _treeRoot = [.. roots];
        _splitFeature = [.. features];
        _threshold = [.. thresholds];
        _left = [.. left];
        _right = [.. right];
        _leafValue = [.. leaves];
    }

    public int TreeCount => _treeRoot.Length;

    public int ClassCount => _classTreeStart.Length - 1;

    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        for (var c = 0; c < ClassCount; c++)
        {
            double sum = 0;
            for (var t = _classTreeStart[c]; t < _classTreeStart[c + 1]; t++)
            {
                var node = _treeRoot[t];
                while (node >= 0)
                {
                    // The same comparison as ML.NET's RegressionTree.GetLeaf: go left when value <= threshold.
                    node = features[_splitFeature[node]] <= _threshold[node] ? _left[node] : _right[node];
                }

                sum += _leafValue[~node];
            }

            probabilities[c] = (float)sum;
        }

        switch (_formula)
        {
            case OutputFormula.Softmax:
                Softmax(probabilities[..ClassCount]);
                break;
            case OutputFormula.CalibratedNormalized:
                CalibrateAndNormalize(probabilities[..ClassCount]);
                break;
            case OutputFormula.Raw:
                break;
        }
    }

    public void Dispose()
    {
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
}
