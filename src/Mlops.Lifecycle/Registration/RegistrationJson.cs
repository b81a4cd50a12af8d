using System.Text.Json.Serialization;

namespace Mlops.Lifecycle.Registration;

/// <summary>
/// Source-generated writing of reports/registration.json (the serializer's defaults, indented). Write-only: metadata,
/// reflection-built or generated, JIT-compiles generic methods over every property type in each register stage.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(RegistrationOutcome))]
internal sealed partial class RegistrationJson : JsonSerializerContext;
