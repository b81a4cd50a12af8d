using Mlops.Core.Errors;

namespace Mlops.Training.Models;

/// <summary>A dense feature matrix (row-major) with one class label per row, as written by the features stage.</summary>
public sealed class FeatureTable
{
    public FeatureTable(IReadOnlyList<string> featureNames, float[] values, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        if (featureNames.Count == 0)
        {
            throw MlopsException.Invalid("A feature table needs at least one feature column.");
        }

        if (values.Length != featureNames.Count * labels.Count)
        {
            throw MlopsException.Invalid(
                $"Feature table has {values.Length} values but {labels.Count} rows × {featureNames.Count} features were expected.");
        }

        FeatureNames = featureNames;
        Values = values;
        Labels = labels;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Row-major values: row i occupies [i * Width, (i + 1) * Width).</summary>
    public float[] Values { get; }

    public IReadOnlyList<string> Labels { get; }

    public int Rows => Labels.Count;

    public int Width => FeatureNames.Count;

    public ReadOnlySpan<float> Row(int index) => Values.AsSpan(index * Width, Width);

    /// <summary>Maps each label to its index in <paramref name="classes"/>; an unknown label is an error naming the row.</summary>
    public int[] LabelIndices(IReadOnlyList<string> classes)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < classes.Count; i++)
        {
            lookup[classes[i]] = i;
        }

        var result = new int[Rows];
        for (var r = 0; r < Rows; r++)
        {
            if (!lookup.TryGetValue(Labels[r], out result[r]))
            {
                throw MlopsException.Invalid(
                    $"Row {r + 1}: label '{Labels[r]}' is not one of schema.target_classes [{string.Join(", ", classes)}].");
            }
        }

        return result;
    }

    /// <summary>Each label as a number (a regression target); a label that is not one is an error naming the row.</summary>
    public float[] LabelValues()
    {
        var result = new float[Rows];
        for (var r = 0; r < Rows; r++)
        {
            if (!float.TryParse(Labels[r], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out result[r])
                || !float.IsFinite(result[r]))
            {
                throw MlopsException.Invalid($"Row {r + 1}: label '{Labels[r]}' is not a number (schema.task: regression).");
            }
        }

        return result;
    }

    /// <summary>A new table with the given rows, in the given order.</summary>
    public FeatureTable Subset(IReadOnlyList<int> rows)
    {
        var values = new float[rows.Count * Width];
        var labels = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            Row(rows[i]).CopyTo(values.AsSpan(i * Width, Width));
            labels[i] = Labels[rows[i]];
        }

        return new FeatureTable(FeatureNames, values, labels);
    }
}
