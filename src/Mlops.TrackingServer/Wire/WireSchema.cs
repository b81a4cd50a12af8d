using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.TrackingServer.Wire;

/// <summary>MLflow's per-endpoint request schema checks that need the raw body, not the parsed request.</summary>
internal static class WireSchema
{
    private const string ApiDocsHint = "See the API docs for more information about request parameters.";

    /// <summary>
    /// Parses the body, but names a missing required field before a badly typed one: MLflow runs its required
    /// checks even when the body does not parse, so that is the error its clients see first.
    /// </summary>
    public static T ParseRequiredFirst<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> typeInfo, params string[] required)
    {
        try
        {
            return WireRequest.Parse(body, typeInfo);
        }
        catch (MlopsException) when (FirstMissing(body, required) is { } name)
        {
            throw WireRequest.Missing(name);
        }
    }

    /// <summary>MLflow's refusal of a whole list parameter, with the list shown as Python prints it.</summary>
    public static MlopsException InvalidList(ReadOnlySequence<byte> body, string parameter)
    {
        using var document = JsonDocument.Parse(body);
        var shown = document.RootElement.TryGetProperty(parameter, out var value) ? PythonRepr.Of(value) : "None";
        return MlopsException.Invalid(
            $"Invalid value {ErrorText.Cut(shown)} for parameter '{parameter}' supplied. Hint: Value was of type 'list'. {ApiDocsHint}");
    }

    private static string? FirstMissing(ReadOnlySequence<byte> body, string[] required)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (var name in required)
            {
                if (!document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
                    || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
                {
                    return name;
                }
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
