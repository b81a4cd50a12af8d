using Mlops.Inference.Features;

namespace Mlops.Training.Onnx;

/// <summary>
/// The fitted feature transform as ONNX operators: one graph input per raw column (double for numeric, string for
/// categorical, one value per row), the features computed in double as <see cref="FeatureTransform.Apply(ReadOnlySpan{double}, Span{float})"/>
/// computes them, then cast to float. ML.NET's converter cannot export the derived features (its Expression
/// transform has no ONNX form), hence this. A category spelled otherwise than in the schema scores as missing.
/// </summary>
internal static class OnnxFeatureGraph
{
    /// <summary>Adds the inputs and the nodes that write the [N, features] float tensor <paramref name="featuresName"/>.</summary>
    public static void Add(OnnxGraphBuilder graph, FeatureTransformDocument transform, string featuresName)
    {
        foreach (var column in transform.InputColumns)
        {
            graph.Input(column.Name, column.IsNumeric ? OnnxGraphBuilder.Double : OnnxGraphBuilder.String);
        }
        var oneColumn = graph.Int64s([-1, 1], 2);
        var columns = new List<string>(transform.Features.Count);
        foreach (var feature in transform.Features)
        {
            var raw = feature.Kind switch
            {
                FeatureDefinition.Numeric => feature.Source,
                FeatureDefinition.OneHot => Indicator(graph, feature.Source, feature.Category!),
                FeatureDefinition.Ordinal => CategoryIndex(graph, transform, feature.Source),
                FeatureDefinition.Ratio => Ratio(graph, transform.Ratios.Single(r => r.Name == feature.Source)),
                _ => throw new NotSupportedException($"feature '{feature.Name}' of kind '{feature.Kind}' has no ONNX form"),
            };
            columns.Add(graph.Node("Reshape", [raw, oneColumn]));
        }
        var stacked = graph.Node("Concat", columns, attributes: OnnxAttribute.Int("axis", 1));
        var shifted = graph.Node("Sub", [stacked, graph.Doubles([.. transform.Features.Select(f => f.Shift)])]);
        var scaled = graph.Node("Div", [shifted, graph.Doubles([.. transform.Features.Select(f => f.Scale)])]);
        graph.Node("Cast", [scaled], featuresName, attributes: OnnxAttribute.Int("to", OnnxGraphBuilder.Float));
    }

    /// <summary>1 where the input is <paramref name="category"/>, else 0 (missing included), as a double per row.</summary>
    private static string Indicator(OnnxGraphBuilder graph, string input, string category)
    {
        var indicator = graph.Node("LabelEncoder", [input], domain: OnnxGraphBuilder.MlDomain, attributes:
        [
            OnnxAttribute.Strings("keys_strings", [category]),
            OnnxAttribute.Floats("values_floats", [1f]),
            OnnxAttribute.Float("default_float", 0f),
        ]);
        return ToDouble(graph, indicator);
    }

    /// <summary>The category's index in the schema's order, NaN when missing or unknown.</summary>
    private static string CategoryIndex(OnnxGraphBuilder graph, FeatureTransformDocument transform, string input)
    {
        var categories = transform.InputColumns.Single(c => c.Name == input).Categories ?? [];
        var index = graph.Node("LabelEncoder", [input], domain: OnnxGraphBuilder.MlDomain, attributes:
        [
            OnnxAttribute.Strings("keys_strings", categories),
            OnnxAttribute.Floats("values_floats", [.. Enumerable.Range(0, categories.Count).Select(i => (float)i)]),
            OnnxAttribute.Float("default_float", float.NaN),
        ]);
        return ToDouble(graph, index);
    }

    /// <summary>numerator / denominator^power, the power by repeated multiplication as the C# transform does it.</summary>
    private static string Ratio(OnnxGraphBuilder graph, RatioDefinition ratio)
    {
        var divisor = ratio.Denominator;
        for (var power = 1; power < ratio.DenominatorPower; power++)
        {
            divisor = graph.Node("Mul", [divisor, ratio.Denominator]);
        }
        return graph.Node("Div", [ratio.Numerator, divisor]);
    }

    private static string ToDouble(OnnxGraphBuilder graph, string floats) =>
        graph.Node("Cast", [floats], attributes: OnnxAttribute.Int("to", OnnxGraphBuilder.Double));
}
