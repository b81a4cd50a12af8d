using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Inference.Features;

/// <summary>
/// The canonical bytes of a <see cref="FeatureTransformDocument"/>: snake_case, indented, LF, nulls left out — the
/// layout every training artifact uses, so a transform's hash is the same on every machine. Write-only (reading is
/// <see cref="FeatureTransformReader"/>'s), so only the writing code is generated: building the read metadata
/// JIT-compiled about 50 generic methods in every features stage.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(FeatureTransformDocument))]
internal sealed partial class FeatureTransformJson : JsonSerializerContext
{
    public static byte[] ToBytes(FeatureTransformDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, Default.FeatureTransformDocument);
}
