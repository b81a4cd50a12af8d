using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Inference.Features;

/// <summary>
/// The canonical bytes of a <see cref="FeatureTransformDocument"/>: snake_case, indented, LF, nulls left out — the
/// layout every training artifact uses, so a transform's hash is the same on every machine.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FeatureTransformDocument))]
internal sealed partial class FeatureTransformJson : JsonSerializerContext
{
    public static byte[] ToBytes(FeatureTransformDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, Default.FeatureTransformDocument);
}
