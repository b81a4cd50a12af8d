using System.Collections;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Inference.Scoring;

/// <summary>
/// Turns a one-versus-all tree model (LightGBM multiclass, OVA FastTree/FastForest) into a <see cref="CompiledTreeScorer"/>.
/// ML.NET keeps the per-class sub-models private, so they are read by reflection; anything unexpected returns null
/// and the caller falls back to prediction engines. Tests compare both paths to 1e-5.
/// </summary>
internal static class TreeModelCompiler
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static CompiledTreeScorer? TryCompile(ITransformer transformer, int featureCount)
    {
        try
        {
            return Compile(transformer, featureCount);
        }
        catch (Exception e) when (e is InvalidCastException or TargetInvocationException or AmbiguousMatchException or InvalidOperationException)
        {
            return null;
        }
    }

    private static CompiledTreeScorer? Compile(ITransformer transformer, int featureCount)
    {
        if (transformer is TransformerChain<ITransformer> chain)
        {
            var parts = chain.ToArray();
            if (parts.Length != 1)
            {
                return null;
            }

            transformer = parts[0];
        }

        if (transformer is not IPredictionTransformer<object> { Model: OneVersusAllModelParameters ova })
        {
            return null;
        }

        var impl = typeof(OneVersusAllModelParameters).GetField("_impl", Instance)?.GetValue(ova);
        OutputFormula? formula = impl?.GetType().Name switch
        {
            "ImplSoftmax" => OutputFormula.Softmax,
            "ImplDist" => OutputFormula.CalibratedNormalized,
            "ImplRaw" => OutputFormula.Raw,
            _ => null,
        };
        if (formula is null || Read(impl!, "Predictors") is not IEnumerable predictors)
        {
            return null;
        }

        var treesPerClass = new List<IReadOnlyList<FlatTree>>();
        var slopes = new List<double>();
        var offsets = new List<double>();
        foreach (var predictor in predictors)
        {
            var subModel = Read(predictor, "SubModel") ?? predictor;
            var calibrator = Read(predictor, "Calibrator");
            if (formula == OutputFormula.CalibratedNormalized)
            {
                if (calibrator is not PlattCalibrator platt)
                {
                    return null;
                }

                slopes.Add(platt.Slope);
                offsets.Add(platt.Offset);
            }

            var trees = ReadTrees(subModel, featureCount);
            if (trees is null)
            {
                return null;
            }

            treesPerClass.Add(trees);
        }

        return new CompiledTreeScorer(treesPerClass, formula.Value, [.. slopes], [.. offsets]);
    }

    private static List<FlatTree>? ReadTrees(object subModel, int featureCount)
    {
        var ensemble = Read(subModel, "TrainedTreeEnsemble");
        if ((ensemble is null ? null : Read(ensemble, "Trees")) is not IEnumerable trees)
        {
            return null;
        }

        var result = new List<FlatTree>();
        foreach (RegressionTreeBase tree in trees)
        {
            if (tree.CategoricalSplitFlags.Any(flag => flag)
                || tree.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount))
            {
                return null;
            }

            result.Add(new FlatTree(
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues]));
        }

        return result;
    }

    // A type can expose several properties of one name (generic base + interface); the typed one is the useful one.
    private static object? Read(object target, string name)
    {
        var property = target.GetType()
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.Name == name && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.PropertyType == typeof(object) || p.PropertyType.IsInterface ? 1 : 0)
            .FirstOrDefault();
        return property?.GetValue(target);
    }
}
