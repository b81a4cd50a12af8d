using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mlops.TrackingServer.Wire;

/// <summary>Writes JSON straight into the response pipe with the source-generated serializers.</summary>
internal static class WireResponse
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

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

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message) =>
        WriteAsync(context, new WireError(code, message), WireJsonContext.Default.WireError, status);

    private static void WriteBody<T>(HttpResponse response, T value, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(response.BodyWriter);
        JsonSerializer.Serialize(writer, value, typeInfo);
    }
}
