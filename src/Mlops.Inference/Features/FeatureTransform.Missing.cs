using System.Globalization;

namespace Mlops.Inference.Features;

public sealed partial class FeatureTransform
{
    // Per input: the parsed impute value (NaN when the input imputes nothing) and the other category's index (-1: none).
    private readonly double[] imputed;
    private readonly double[] otherIndices;

    /// <summary>A parsed input, its fitted impute value when missing: every path to the features goes through here.</summary>
    private double Input(int input, ReadOnlySpan<double> parsedInputs)
    {
        var value = parsedInputs[input];
        return double.IsNaN(value) ? imputed[input] : value;
    }

    private static (double[] Imputed, double[] OtherIndices) CompileMissing(IReadOnlyList<InputColumnDefinition> inputs)
    {
        var (fills, others) = (new double[inputs.Count], new double[inputs.Count]);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var categories = input.Categories ?? [];
            fills[i] = input.Impute switch
            {
                null => double.NaN,
                { } fill when input.IsNumeric => double.TryParse(fill, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    && double.IsFinite(number) ? number : throw Invalid($"input '{input.Name}' imputes '{fill}', which is not a number"),
                { } fill => CategoryIndex(input, categories, fill, "imputes"),
            };
            others[i] = input.Other is { } other ? CategoryIndex(input, categories, other, "maps other values to") : -1;
        }
        return (fills, others);
    }

    private static int CategoryIndex(InputColumnDefinition input, IReadOnlyList<string> categories, string category, string role)
    {
        for (var c = 0; c < categories.Count; c++)
        {
            if (string.Equals(categories[c], category, StringComparison.Ordinal))
            {
                return c;
            }
        }
        throw Invalid($"input '{input.Name}' {role} '{category}', which is not one of its categories");
    }
}
