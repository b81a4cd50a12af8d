using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.TrackingServer.Wire;

/// <summary>Reads request bodies and query parameters, with MLflow's validation messages.</summary>
internal static class WireRequest
{
    private const string ApiDocsHint = "See the API docs for more information about request parameters.";

    /// <summary>Parses the JSON body; an empty body is <c>{}</c>. Content-Type must be application/json (a charset is fine).</summary>
    public static ValueTask<T> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo) =>
        ReadAsync(context, body => Parse(body, typeInfo));

    /// <summary>Hands the whole body, as the request pipe's own buffers (not copied), to <paramref name="parse"/>.</summary>
    public static async ValueTask<T> ReadAsync<T>(HttpContext context, Func<ReadOnlySequence<byte>, T> parse)
    {
        var request = context.Request;
        var contentType = request.ContentType;
        var hasBody = request.ContentLength is > 0 || (request.ContentLength is null && contentType is not null);
        if (hasBody && !IsJson(contentType))
        {
            throw MlopsException.Invalid("Bad Request. Content-Type must be one of ['application/json'].");
        }
        var reader = request.BodyReader;
        ReadResult result;
        while (true)
        {
            result = await reader.ReadAsync(context.RequestAborted);
            if (result.IsCompleted || result.IsCanceled)
            {
                break;
            }
            // Ask for more without consuming, so the whole body ends up in one sequence.
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
        try
        {
            // The JSON reader lets invalid UTF-8 through in places it never transcodes (an ignored key), so check it once here.
            return Utf8Body.IsValid(result.Buffer) ? parse(result.Buffer) : throw NotUtf8();
        }
        finally
        {
            reader.AdvanceTo(result.Buffer.End);
        }
    }

    public static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw Missing(name) : value;

    public static T Required<T>(T? value, string name) where T : struct =>
        value ?? throw Missing(name);

    public static string? Query(HttpContext context, string name)
    {
        var values = context.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }

    public static long? QueryInt64(HttpContext context, string name)
    {
        var text = Query(context, name);
        if (text is null)
        {
            return null;
        }
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw MlopsException.Invalid($"Invalid value {ErrorText.Cut(text)} for parameter '{name}' supplied. Hint: Value was of type 'str'. {ApiDocsHint}");
    }

    public static int ParseVersion(string? text)
    {
        var value = Required(text, "version");
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? version
            : throw MlopsException.Invalid($"Model version must be an integer, got {ErrorText.Quote(value)}.");
    }

    public static MlopsException Missing(string name) =>
        MlopsException.Invalid($"Missing value for required parameter '{name}'. {ApiDocsHint}");

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.AsSpan().TrimStart().StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    public static T Parse<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> typeInfo)
    {
        if (body.IsEmpty)
        {
            return JsonSerializer.Deserialize("{}"u8, typeInfo)!;
        }
        try
        {
            var reader = new Utf8JsonReader(body);
            return JsonSerializer.Deserialize(ref reader, typeInfo)
                ?? throw MlopsException.Invalid("Malformed request body: expected a JSON object, got null.");
        }
        catch (JsonException e)
        {
            throw InvalidValue(body, e);
        }
        catch (Exception e) when (e is InvalidOperationException or DecoderFallbackException)
        {
            // Invalid UTF-8 inside a string surfaces when the value is transcoded, not as a JsonException.
            throw NotUtf8();
        }
    }

    private static MlopsException NotUtf8() => MlopsException.Invalid("Malformed request body: it is not valid UTF-8.");

    /// <summary>Rebuilds MLflow's "Invalid value X for parameter 'p'" message from the path the serializer reports.</summary>
    private static MlopsException InvalidValue(ReadOnlySequence<byte> body, JsonException error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return MlopsException.Invalid($"Malformed JSON request body: {error.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or DecoderFallbackException)
        {
            return NotUtf8();
        }
        using (document)
        {
            var path = error.Path ?? "$";
            var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            var top = name.Split('.', '[')[0];
            try
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(top, out var value))
                {
                    return MlopsException.Invalid(
                        $"Invalid value {Describe(value)} for parameter '{ErrorText.Cut(name)}' supplied. Hint: Value was of type '{PythonType(value)}'. {ApiDocsHint}");
                }
            }
            catch (Exception e) when (e is InvalidOperationException or DecoderFallbackException)
            {
                return NotUtf8();
            }
            return MlopsException.Invalid($"Invalid request body at '{path}': {error.Message}");
        }
    }

    private static string Describe(JsonElement value) => ErrorText.Cut(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());

    private static string PythonType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt64(out _) ? "int" : "float",
        JsonValueKind.String => "str",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "list",
        JsonValueKind.Object => "dict",
        _ => "NoneType",
    };
}
