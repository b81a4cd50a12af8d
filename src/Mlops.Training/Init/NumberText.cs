using System.Globalization;

namespace Mlops.Training.Init;

/// <summary>Number parsing as the pipeline does it (invariant culture), plus the decimal comma of ';'-separated files.</summary>
internal static class NumberText
{
    public static bool TryParse(string text, bool decimalComma, out double value)
    {
        if (decimalComma)
        {
            if (text.Contains('.', StringComparison.Ordinal))
            {
                value = 0;
                return false;
            }
            text = text.Replace(',', '.');
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
