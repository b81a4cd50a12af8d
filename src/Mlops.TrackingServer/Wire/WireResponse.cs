using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.TrackingServer.Wire;

/// <summary>Writes JSON straight into the response pipe with the source-generated serializers.</summary>
internal static class WireResponse
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly JsonWriterOptions ErrorWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        WriteBody(response, value, typeInfo);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes a 200 JSON answer with a hand-written <paramref name="write"/>, for hot responses.</summary>
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        var response = context.Response;
        response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            write(writer);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static Task WriteEmptyAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(EmptyObject, 0, EmptyObject.Length, context.RequestAborted);
    }

    /// <summary>
    /// Writes MLflow's error JSON. The message keeps quotes and non-ASCII as they are (MLflow's JSON does not escape
    /// <c>'</c> as <c>\u0027</c>); the body is application/json, never HTML, so the relaxed encoder is safe here.
    /// </summary>
    public static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ErrorWriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("error_code"u8, code);
            writer.WriteString("message"u8, message);
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static void WriteBody<T>(HttpResponse response, T value, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(response.BodyWriter);
        JsonSerializer.Serialize(writer, value, typeInfo);
    }
}
