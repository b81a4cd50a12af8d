using System.Globalization;

namespace Mlops.Core.Errors;

/// <summary>Puts user values into error messages at a readable length, so a 10 MB bad value is not echoed back in full.</summary>
public static class ErrorText
{
    /// <summary>Longest value shown before it is cut.</summary>
    public const int MaxShown = 100;

    /// <summary><paramref name="value"/> in single quotes, cut after <paramref name="max"/> characters with "… (N chars)".</summary>
    public static string Quote(ReadOnlySpan<char> value, int max = MaxShown) => "'" + Cut(value, max) + "'";

    /// <summary><paramref name="value"/> without quotes, cut after <paramref name="max"/> characters with "… (N chars)".</summary>
    public static string Cut(ReadOnlySpan<char> value, int max = MaxShown)
    {
        if (value.Length <= max)
        {
            return value.ToString();
        }
        var end = max;
        // Never split a surrogate pair: half of one is not text.
        if (end > 0 && char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }
        return string.Concat(value[..end], "… (", value.Length.ToString(CultureInfo.InvariantCulture), " chars)");
    }
}
