using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Storage.MlflowRest.Http;

/// <summary>
/// The one serializer configuration for MLflow's wire format: snake_case names, omitted nulls, NaN and infinities
/// as the strings protobuf uses, and ids or versions accepted whether a server sends them as strings or numbers.
/// </summary>
internal static class MlflowJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new LenientStringConverter() },
    };
}
