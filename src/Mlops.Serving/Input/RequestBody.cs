using System.Buffers;
using System.IO.Pipelines;

namespace Mlops.Serving.Input;

/// <summary>Buffers a whole request body from the pipe without copying, refusing it once it passes the limit.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/>. Call <see cref="Release"/> when done with it.</summary>
    public static async ValueTask<ReadResult?> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            if (result.Buffer.Length > limit)
            {
                reader.AdvanceTo(result.Buffer.End);
                return null;
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                return result;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    public static void Release(HttpRequest request, in ReadOnlySequence<byte> buffer) => request.BodyReader.AdvanceTo(buffer.End);

    /// <summary>
    /// The body as one segment: a large body arrives in many pipe segments, and <see cref="System.Text.Json.Utf8JsonReader"/>
    /// parses a multi-segment sequence far more slowly than one span. Return <paramref name="rented"/> to the shared pool.
    /// </summary>
    public static ReadOnlySequence<byte> Contiguous(in ReadOnlySequence<byte> body, out byte[]? rented)
    {
        if (body.IsSingleSegment)
        {
            rented = null;
            return body;
        }
        var length = checked((int)body.Length);
        rented = ArrayPool<byte>.Shared.Rent(length);
        body.CopyTo(rented);
        return new ReadOnlySequence<byte>(rented, 0, length);
    }

    /// <summary>True for application/json with any parameters (charset), case-insensitive.</summary>
    public static bool IsJson(string? contentType) => HasMediaType(contentType, "application/json");

    public static bool IsCsv(string? contentType) => HasMediaType(contentType, "text/csv");

    private static bool HasMediaType(string? contentType, string mediaType)
    {
        if (contentType is null)
        {
            return false;
        }
        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        if (semicolon >= 0)
        {
            span = span[..semicolon];
        }
        return span.Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
