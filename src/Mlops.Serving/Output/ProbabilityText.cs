using System.Buffers.Text;

namespace Mlops.Serving.Output;

/// <summary>
/// Writes a probability in [0, 1] as fixed-point text with at most 7 decimals, trailing zeros dropped ("0.25", "1").
/// The absolute error (≤ 5e-8) is below a float's spacing just under 1 (6e-8), and it costs a fraction of the shortest
/// round-trip formatting. Values outside [0, 1] (raw scores) keep the shortest round-trip text.
/// </summary>
internal static class ProbabilityText
{
    /// <summary>The longest text <see cref="Write"/> produces.</summary>
    public const int MaxBytes = 16;

    private const int Decimals = 7;
    private const double Scale = 1e7;

    public static int Write(Span<byte> destination, float value)
    {
        double v = value;
        if (!(v >= 0 && v <= 1))
        {
            if (!float.IsFinite(value))
            {
                "null"u8.CopyTo(destination);
                return 4;
            }
            Utf8Formatter.TryFormat(value, destination, out var written);
            return written;
        }
        var q = (int)Math.Round(v * Scale);
        if (q == 0 || q >= (int)Scale)
        {
            destination[0] = q == 0 ? (byte)'0' : (byte)'1';
            return 1;
        }
        destination[0] = (byte)'0';
        destination[1] = (byte)'.';
        var end = 2 + Decimals;
        for (var i = end - 1; i >= 2; i--)
        {
            destination[i] = (byte)('0' + (q % 10));
            q /= 10;
        }
        while (destination[end - 1] == '0')
        {
            end--;
        }
        return end;
    }
}
