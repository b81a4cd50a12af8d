using System.Text.Json.Serialization;

namespace Mlops.Training.Features;

/// <summary>
/// Source-generated reader of the transform document: a server loads it at start-up, where reflection-based
/// metadata cost about 100 ms. Saving keeps <see cref="Data.JsonFiles"/> so the hashed bytes never change.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FeatureTransformDocument))]
internal sealed partial class FeatureTransformJsonContext : JsonSerializerContext;
