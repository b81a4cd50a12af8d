using Mlops.Serving.Models;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// Whether a variant can score rows parsed by the control's model: the same input columns in the same order, of the
/// same kinds, with the same categories (a category's parsed value is its index). Shadow scoring needs it too, since
/// it reuses the answered request's parsed rows.
/// </summary>
internal static class VariantInputs
{
    /// <summary>Why <paramref name="variant"/> cannot take <paramref name="control"/>'s parsed rows, or null when it can.</summary>
    public static string? Mismatch(ServedModel control, ServedModel variant)
    {
        if (!control.Columns.AsSpan().SequenceEqual(variant.Columns))
        {
            return $"has the inputs [{string.Join(", ", variant.Columns)}], the control [{string.Join(", ", control.Columns)}]";
        }
        for (var i = 0; i < control.Columns.Length; i++)
        {
            if (control.Numeric[i] != variant.Numeric[i] || !control.Categories[i].AsSpan().SequenceEqual(variant.Categories[i]))
            {
                return $"reads input '{control.Columns[i]}' differently (its kind or categories differ)";
            }
        }
        return null;
    }
}
