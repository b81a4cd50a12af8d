namespace Mlops.Training.Onnx;

/// <summary>A node attribute (ONNX AttributeProto): its name and how its value is written.</summary>
internal readonly record struct OnnxAttribute(string Name, int Type, Action<ProtoWriter> Value)
{
    // AttributeProto's field numbers and AttributeType values (onnx.proto).
    private const int FloatType = 1, IntType = 2, StringType = 3, FloatsType = 6, IntsType = 7, StringsType = 8;

    public static OnnxAttribute Int(string name, long value) => new(name, IntType, w => w.Int64(3, value));

    public static OnnxAttribute Float(string name, float value) => new(name, FloatType, w => w.Float(2, value));

    public static OnnxAttribute String(string name, string value) => new(name, StringType, w => w.String(4, value));

    public static OnnxAttribute Floats(string name, IReadOnlyList<float> values) => new(name, FloatsType, w => w.PackedFloats(7, values));

    public static OnnxAttribute Ints(string name, IReadOnlyList<long> values) => new(name, IntsType, w => w.PackedInt64(8, values));

    public static OnnxAttribute Strings(string name, IReadOnlyList<string> values) => new(name, StringsType, w =>
    {
        foreach (var value in values)
        {
            w.String(9, value);
        }
    });

    public void WriteTo(ProtoWriter writer)
    {
        writer.String(1, Name);
        Value(writer);
        writer.Int64(20, Type);
    }
}
