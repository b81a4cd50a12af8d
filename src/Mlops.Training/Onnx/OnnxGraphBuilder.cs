namespace Mlops.Training.Onnx;

/// <summary>
/// Collects the nodes, constants, inputs and outputs the exporter adds around the converter's graph, each already
/// encoded as its ONNX message (NodeProto, TensorProto, ValueInfoProto). Intermediate names carry a prefix no ML.NET
/// column name has, so they cannot collide with the converter's.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    public const string MlDomain = "ai.onnx.ml";
    // TensorProto.DataType values.
    public const int Float = 1, Int64 = 7, String = 8, Double = 11;

    private int _next;

    public List<byte[]> Nodes { get; } = [];
    public List<byte[]> Initializers { get; } = [];
    public List<byte[]> Inputs { get; } = [];
    public List<byte[]> Outputs { get; } = [];

    /// <summary>Adds a node and returns its output's name (<paramref name="output"/>, or a fresh one).</summary>
    public string Node(string op, IReadOnlyList<string> inputs, string? output = null, string domain = "", params OnnxAttribute[] attributes)
    {
        var name = output ?? Fresh(op);
        var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }
        node.String(2, name);
        node.String(3, $"mlops/{op}/{_next++}");
        node.String(4, op);
        foreach (var attribute in attributes)
        {
            node.Message(5, attribute.WriteTo);
        }
        if (domain.Length > 0)
        {
            node.String(7, domain);
        }
        Nodes.Add(node.ToArray());
        return name;
    }

    public string Int64s(IReadOnlyList<long> values, params long[] dims) =>
        Constant(Int64, dims, w => w.PackedInt64(7, values));

    public string Doubles(IReadOnlyList<double> values) =>
        Constant(Double, [values.Count], w => w.PackedDoubles(10, values));

    /// <summary>A graph input of one value per row (a rank-1 tensor of any length), as MLflow's pyfunc feeds a DataFrame column.</summary>
    public void Input(string name, int elementType) => Inputs.Add(ValueInfo(name, elementType));

    /// <summary>A graph output of one value per row.</summary>
    public void Output(string name, int elementType) => Outputs.Add(ValueInfo(name, elementType));

    private string Constant(int elementType, long[] dims, Action<ProtoWriter> values)
    {
        var name = Fresh("const");
        var tensor = new ProtoWriter();
        tensor.PackedInt64(1, dims);
        tensor.Int64(2, elementType);
        values(tensor);
        tensor.String(8, name);
        Initializers.Add(tensor.ToArray());
        return name;
    }

    private static byte[] ValueInfo(string name, int elementType)
    {
        var info = new ProtoWriter();
        info.String(1, name);
        // TypeProto.tensor_type { elem_type, shape { dim { dim_param: "N" } } }
        info.Message(2, type => type.Message(1, tensor =>
        {
            tensor.Int64(1, elementType);
            tensor.Message(2, shape => shape.Message(1, dim => dim.String(2, "N")));
        }));
        return info.ToArray();
    }

    private string Fresh(string what) => $"mlops.{what}.{_next++}";
}
