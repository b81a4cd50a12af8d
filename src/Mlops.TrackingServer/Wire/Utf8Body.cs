using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Mlops.TrackingServer.Wire;

/// <summary>Whether a request body is valid UTF-8, across the pipe's segments (a character may straddle two).</summary>
internal static class Utf8Body
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsValid(in ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            return Utf8.IsValid(body.FirstSpan);
        }
        // Decoder.GetCharCount keeps no state between calls, so a character split across segments would look invalid;
        // Convert carries the partial character over to the next segment.
        var decoder = StrictUtf8.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            foreach (var segment in body)
            {
                var bytes = segment.Span;
                do
                {
                    decoder.Convert(bytes, chars, flush: false, out var used, out _, out _);
                    bytes = bytes[used..];
                }
                while (!bytes.IsEmpty);
            }
            decoder.Convert([], chars, flush: true, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
