using System.Text.Json.Serialization;
using Mlops.Monitoring.AbTesting;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Source-generated JSON of the profile, the monitoring report and the A/B report (snake_case, enums as names): reflection-built metadata would
/// cost a pipeline run tens of milliseconds. On reading, a missing value or a null where the type has none is an
/// error, not a silent default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ReferenceProfile))]
[JsonSerializable(typeof(MonitoringReport))]
[JsonSerializable(typeof(AbReport))]
internal sealed partial class MonitoringJsonContext : JsonSerializerContext;
