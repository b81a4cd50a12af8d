using System.Globalization;

namespace Mlops.Web.Predict;

/// <summary>How the signature and predict pages print an input's rule and a probability.</summary>
public static class PredictFormat
{
    public static string Allowed(UiInputField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!field.Numeric)
        {
            return string.Join(", ", field.Categories);
        }
        return (field.Min, field.Max) switch
        {
            ({ } min, { } max) => $"{Number(min)} to {Number(max)}",
            ({ } min, null) => $"at least {Number(min)}",
            (null, { } max) => $"at most {Number(max)}",
            _ => "any number",
        };
    }

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Percent(double probability) => (probability * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
