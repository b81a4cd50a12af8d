using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Params;

/// <summary>
/// Turns a YAML node into compact JSON with typed scalars, so "200", "200.0" and '200' hash as the YAML means them.
/// Mapping keys keep document order: column order in a schema is meaningful, so reordering is a real change.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(YamlNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, node);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(key is YamlScalarNode { Value: { } k } ? k : Of(key));
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode seq:
                writer.WriteStartArray();
                foreach (var item in seq.Children)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                // Aliases are resolved by the loader; anything else is written as its text.
                writer.WriteStringValue(node.ToString());
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        switch (YamlScalars.Resolve(scalar, out var value))
        {
            case YamlScalars.Kind.Null:
                writer.WriteNullValue();
                break;
            case YamlScalars.Kind.Bool:
                writer.WriteBooleanValue((bool)value!);
                break;
            case YamlScalars.Kind.Int:
                writer.WriteNumberValue((long)value!);
                break;
            case YamlScalars.Kind.Float when double.IsFinite((double)value!):
                writer.WriteNumberValue((double)value!);
                break;
            default:
                writer.WriteStringValue(scalar.Value ?? "");
                break;
        }
    }
}
