using System.Text.Json.Serialization;

namespace Mlops.Monitoring.Profiles;

/// <summary>
/// Source-generated (de)serialization of the profile: reflection-built metadata would cost a pipeline run tens of
/// milliseconds. Missing required values and nulls where the type has none are errors, not silent defaults.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReferenceProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
