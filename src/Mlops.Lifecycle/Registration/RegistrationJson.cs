using System.Text.Json.Serialization;

namespace Mlops.Lifecycle.Registration;

/// <summary>
/// Source-generated JSON of reports/registration.json (the serializer's defaults, indented): reflection-built metadata
/// emits accessors and compiles converters at run time in every pipeline run's register stage.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(RegistrationOutcome))]
internal sealed partial class RegistrationJson : JsonSerializerContext;
