namespace Mlops.Training.Onnx;

/// <summary>
/// The graph outputs, named as the MLmodel signature's columns: <c>prediction</c> (the most probable class, the first
/// on ties, as our scorer picks it) and one <c>probability_CLASS</c> per class, each one value per row, because
/// MLflow's ONNX pyfunc flattens every output into one DataFrame column.
/// </summary>
internal static class OnnxScoreOutputs
{
    public const string Prediction = "prediction";

    public static string ProbabilityOf(string label) => $"probability_{label}";

    /// <summary>Adds the outputs computed from the [N, classes] float tensor <paramref name="scores"/>.</summary>
    public static void Add(OnnxGraphBuilder graph, string scores, IReadOnlyList<string> classes)
    {
        // Declared in the signature's order, which is the column order of MLflow's pyfunc DataFrame.
        graph.Output(Prediction, OnnxGraphBuilder.String);
        for (var c = 0; c < classes.Count; c++)
        {
            var name = ProbabilityOf(classes[c]);
            graph.Node("Gather", [scores, graph.Int64s([c])], name, attributes: OnnxAttribute.Int("axis", 1));
            graph.Output(name, OnnxGraphBuilder.Float);
        }
        var best = graph.Node("ArgMax", [scores], attributes: [OnnxAttribute.Int("axis", 1), OnnxAttribute.Int("keepdims", 0)]);
        graph.Node("LabelEncoder", [best], Prediction, OnnxGraphBuilder.MlDomain,
            OnnxAttribute.Ints("keys_int64s", [.. Enumerable.Range(0, classes.Count).Select(i => (long)i)]),
            OnnxAttribute.Strings("values_strings", classes),
            OnnxAttribute.String("default_string", ""));
    }
}
