using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Inference.Features;

/// <summary>
/// The fitted feature transform: raw inputs (schema columns, in schema order) to the model's float features.
/// One JSON artifact, fitted on the training split and applied unchanged at serving time.
/// </summary>
public sealed partial class FeatureTransform
{
    private readonly FeatureKind[] kinds;
    private readonly int[] sources;
    private readonly int[] categoryIndices;
    private readonly double[] shifts;
    private readonly double[] scales;
    private readonly string[][] categories;
    private readonly bool[] numericInputs;
    // For ratio features: sources holds the numerator, these the denominator and its power.
    private readonly int[] denominators;
    private readonly int[] denominatorPowers;

    private enum FeatureKind { Numeric, OneHot, Ordinal, Ratio }

    public FeatureTransformDocument Document { get; }
    public IReadOnlyList<string> InputColumns { get; }
    public IReadOnlyList<string> FeatureNames { get; }
    /// <summary>The input column each feature comes from (the ratio's name for a derived ratio), for importance by column.</summary>
    public IReadOnlyList<string> FeatureSources { get; }
    public IReadOnlyList<string> Classes => Document.Classes;
    /// <summary>The task's name in a transform of a regression model.</summary>
    public const string RegressionTask = "regression";
    /// <summary>True when the model predicts a number rather than one of <see cref="Classes"/> (which is then empty).</summary>
    public bool IsRegression => Document.Task == RegressionTask;
    public IReadOnlyList<InputColumnDefinition> InputSchema => Document.InputColumns;
    public int FeatureCount => kinds.Length;

    /// <summary>The index of a class label in <see cref="Classes"/>, or -1.</summary>
    public int ClassIndex(string label)
    {
        for (var i = 0; i < Document.Classes.Count; i++)
        {
            if (string.Equals(Document.Classes[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Transforms one record given as text, in <see cref="InputColumns"/> order. Allocation-free. A missing value
    /// (empty, NA, NaN, null, ?) becomes the input's fitted impute value, else NaN (all zeros for one-hot); a value
    /// not listed becomes the input's other category; a non-number or another unknown category throws.
    /// </summary>
    public void Apply(ReadOnlySpan<string> inputValuesInInputColumnOrder, Span<float> destination)
    {
        var count = categories.Length;
        if (inputValuesInInputColumnOrder.Length != count)
        {
            throw new ArgumentException($"expected {count} input values, got {inputValuesInInputColumnOrder.Length}");
        }
        Span<double> parsed = count <= 256 ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count; i++)
        {
            parsed[i] = ParseInput(i, inputValuesInInputColumnOrder[i]);
        }
        Apply(parsed, destination);
    }

    /// <summary>
    /// Transforms one already-parsed record in <see cref="InputColumns"/> order: the number for a numeric column,
    /// the category index (see <see cref="ParseInput"/>) for a categorical one, NaN for missing.
    /// </summary>
    public void Apply(ReadOnlySpan<double> parsedInputs, Span<float> destination)
    {
        if (parsedInputs.Length != categories.Length || destination.Length != kinds.Length)
        {
            throw new ArgumentException(
                $"expected {categories.Length} inputs and a destination of {kinds.Length}, got {parsedInputs.Length} and {destination.Length}");
        }
        for (var f = 0; f < kinds.Length; f++)
        {
            destination[f] = (float)((RawFeature(f, parsedInputs) - shifts[f]) / scales[f]);
        }
    }

    /// <summary>The feature's value before scaling: the input, the one-hot indicator, the category index or the ratio.</summary>
    public double RawFeature(int f, ReadOnlySpan<double> parsedInputs)
    {
        switch (kinds[f])
        {
            case FeatureKind.OneHot:
                return Input(sources[f], parsedInputs) == categoryIndices[f] ? 1 : 0;
            case FeatureKind.Ratio:
                var denominator = Input(denominators[f], parsedInputs);
                var divisor = denominator;
                for (var power = 1; power < denominatorPowers[f]; power++)
                {
                    divisor *= denominator;
                }
                return Input(sources[f], parsedInputs) / divisor;
            default:
                return Input(sources[f], parsedInputs);
        }
    }

    /// <summary>Parses one input: the invariant-culture number, or the category's index; NaN when missing; throws when invalid.</summary>
    public double ParseInput(int inputColumn, ReadOnlySpan<char> text)
    {
        if (TryParseInput(inputColumn, text, out var value))
        {
            return value;
        }
        var column = InputColumns[inputColumn];
        throw MlopsException.Invalid(numericInputs[inputColumn]
            ? $"input '{column}': '{text.ToString()}' is not a number"
            : $"input '{column}': '{text.ToString()}' is not one of {string.Join(", ", categories[inputColumn])}");
    }

    /// <summary>Like <see cref="ParseInput"/> but returns false instead of throwing.</summary>
    public bool TryParseInput(int inputColumn, ReadOnlySpan<char> text, out double value)
    {
        value = double.NaN;
        if (MissingValue.Is(text))
        {
            return true;
        }
        var trimmed = text.Trim();
        if (numericInputs[inputColumn])
        {
            return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }
        var allowed = categories[inputColumn];
        for (var pass = 0; pass < 2; pass++)
        {
            var comparison = pass == 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var c = 0; c < allowed.Length; c++)
            {
                if (trimmed.Equals(allowed[c], comparison))
                {
                    value = c;
                    return true;
                }
            }
        }
        value = otherIndices[inputColumn];
        return value >= 0;
    }
}
