namespace Mlops.Inference.Features;

/// <summary>The spellings of a missing value, shared by validation and the feature transform so both agree.</summary>
public static class MissingValue
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        return value.Length == 0
            || value.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || value.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || value.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || value.Equals("null", StringComparison.OrdinalIgnoreCase)
            || value.Equals("?", StringComparison.Ordinal);
    }
}
