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
        var decoder = StrictUtf8.GetDecoder();
        try
        {
            foreach (var segment in body)
            {
                decoder.GetCharCount(segment.Span, flush: false);
            }
            decoder.GetCharCount([], flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
