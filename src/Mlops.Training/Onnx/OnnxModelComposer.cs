using Mlops.Inference.Features;

namespace Mlops.Training.Onnx;

/// <summary>
/// Splices the converter's model (a Features vector in, class scores out) between the feature transform's nodes and
/// the signature's outputs, so the file takes the raw columns and answers like our scorer. Only the graph's node,
/// input, output and initializer lists change; everything else of the converter's model is copied as it was.
/// </summary>
internal static class OnnxModelComposer
{
    // ModelProto, GraphProto and OperatorSetIdProto field numbers (onnx.proto).
    private const int ModelGraph = 7, ModelOpset = 8;
    private const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12;
    /// <summary>LabelEncoder with float values and int64 keys is version 2 of the ai.onnx.ml domain.</summary>
    private const long MinimumMlOpset = 2;

    public static byte[] Compose(byte[] converted, FeatureTransformDocument transform)
    {
        var model = ProtoReader.Fields(converted);
        var graph = ProtoReader.Fields(model.Single(f => f.Number == ModelGraph).Payload);
        var input = Single(graph, GraphInput, "input");
        var scores = Single(graph, GraphOutput, "output");
        var inputName = NameOf(input);
        CheckWidth(input, inputName, transform.Features.Count);

        var added = new OnnxGraphBuilder();
        OnnxFeatureGraph.Add(added, transform, inputName);
        var transformNodes = added.Nodes.Count;
        OnnxScoreOutputs.Add(added, NameOf(scores), transform.Classes);
        CheckNamesFree(graph, transform);

        var composed = new ProtoWriter();
        foreach (var field in model.Where(f => f.Number != ModelOpset))
        {
            if (field.Number == ModelGraph)
            {
                composed.Message(ModelGraph, w => WriteGraph(w, graph, added, transformNodes));
            }
            else
            {
                composed.Raw(field.Encoded.Span);
            }
        }
        WriteOpsets(composed, model.Where(f => f.Number == ModelOpset));
        return composed.ToArray();
    }

    private static void WriteGraph(ProtoWriter w, List<ProtoField> graph, OnnxGraphBuilder added, int transformNodes)
    {
        // Nodes must be in topological order: the transform, the converter's model, then the outputs.
        added.Nodes.Take(transformNodes).ToList().ForEach(n => w.Bytes(GraphNode, n));
        graph.Where(f => f.Number == GraphNode).ToList().ForEach(f => w.Raw(f.Encoded.Span));
        added.Nodes.Skip(transformNodes).ToList().ForEach(n => w.Bytes(GraphNode, n));
        foreach (var field in graph.Where(f => f.Number is not (GraphNode or GraphInput or GraphOutput)))
        {
            w.Raw(field.Encoded.Span);
        }
        added.Initializers.ForEach(t => w.Bytes(GraphInitializer, t));
        added.Inputs.ForEach(i => w.Bytes(GraphInput, i));
        added.Outputs.ForEach(o => w.Bytes(GraphOutput, o));
    }

    /// <summary>The converter's opsets, with ai.onnx.ml raised to what LabelEncoder needs (the converter's ML operators are unchanged up to it).</summary>
    private static void WriteOpsets(ProtoWriter w, IEnumerable<ProtoField> opsets)
    {
        var hasMl = false;
        foreach (var opset in opsets)
        {
            var (domain, version) = OnnxModelFile.Opset(opset);
            hasMl |= domain == OnnxGraphBuilder.MlDomain;
            WriteOpset(w, domain, domain == OnnxGraphBuilder.MlDomain ? Math.Max(version, MinimumMlOpset) : version);
        }
        if (!hasMl)
        {
            WriteOpset(w, OnnxGraphBuilder.MlDomain, MinimumMlOpset);
        }
    }

    private static void WriteOpset(ProtoWriter w, string domain, long version) => w.Message(ModelOpset, o =>
    {
        o.String(1, domain);
        o.Int64(2, version);
    });

    private static ProtoField Single(List<ProtoField> graph, int number, string what)
    {
        var matches = graph.Where(f => f.Number == number).ToList();
        return matches.Count == 1 ? matches[0]
            : throw new NotSupportedException($"the converted model has {matches.Count} graph {what}s; one was expected");
    }

    private static string NameOf(ProtoField valueInfo) => ProtoReader.Fields(valueInfo.Payload).First(f => f.Number == 1).Text;

    /// <summary>ValueInfoProto.type.tensor_type.shape.dim[1].dim_value must be the transform's feature count.</summary>
    private static void CheckWidth(ProtoField input, string name, int features)
    {
        var type = ProtoReader.Fields(input.Payload).First(f => f.Number == 2);
        var tensor = ProtoReader.Fields(type.Payload).First(f => f.Number == 1);
        var shape = ProtoReader.Fields(tensor.Payload).First(f => f.Number == 2);
        var dims = ProtoReader.Fields(shape.Payload).Where(f => f.Number == 1).ToList();
        var width = dims.Count == 2 ? ProtoReader.Fields(dims[1].Payload).FirstOrDefault(f => f.Number == 1).Varint : 0;
        if ((long)width != features)
        {
            throw new NotSupportedException($"the converted model's input '{name}' takes {width} features; the transform makes {features}");
        }
    }

    /// <summary>Raw column names and output names must not be tensors the converter's nodes already use.</summary>
    private static void CheckNamesFree(List<ProtoField> graph, FeatureTransformDocument transform)
    {
        var used = graph.Where(f => f.Number == GraphNode)
            .SelectMany(n => ProtoReader.Fields(n.Payload).Where(f => f.Number is 1 or 2).Select(f => f.Text))
            .ToHashSet(StringComparer.Ordinal);
        var ours = transform.InputColumns.Select(c => c.Name)
            .Concat(transform.Classes.Select(OnnxScoreOutputs.ProbabilityOf)).Append(OnnxScoreOutputs.Prediction).ToList();
        var clash = ours.FirstOrDefault(used.Contains) ?? ours.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (clash is not null)
        {
            throw new NotSupportedException($"the ONNX graph would use the name '{clash}' twice (a column or class named like a tensor)");
        }
    }
}
