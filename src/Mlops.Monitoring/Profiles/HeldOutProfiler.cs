using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>Turns the evaluate stage's held-out scores into a <see cref="HeldOutProfile"/>, without scoring anything again.</summary>
public static class HeldOutProfiler
{
    /// <param name="truth">True class index per held-out row.</param>
    /// <param name="predicted">Predicted class index per row.</param>
    /// <param name="probabilities">Row-major, rows × classes.</param>
    public static HeldOutProfile Build(
        IReadOnlyList<string> classes, ReadOnlySpan<int> truth, ReadOnlySpan<int> predicted, ReadOnlySpan<float> probabilities,
        HeldOutMetrics metrics, ReferenceProfileOptions? options = null)
    {
        options ??= ReferenceProfileOptions.Default;
        options.Validate();
        var k = classes.Count;
        var rows = truth.Length;
        if (k == 0 || rows == 0 || predicted.Length != rows || probabilities.Length != rows * k)
        {
            throw MlopsException.Invalid(
                $"held-out profile: {truth.Length} labels, {predicted.Length} predictions and {probabilities.Length} probabilities " +
                $"do not make {rows} rows × {k} classes");
        }
        var counts = new long[k];
        foreach (var p in predicted)
        {
            if ((uint)p >= (uint)k)
            {
                throw MlopsException.Invalid($"held-out profile: predicted class index {p} is outside the {k} classes");
            }
            counts[p]++;
        }
        var kept = SeededSample.Indices(rows, options.CalibrationRows, options.Seed);
        var size = kept?.Length ?? rows;
        var confidence = new double[size];
        var correct = new bool[size];
        for (var i = 0; i < size; i++)
        {
            var r = kept?[i] ?? i;
            confidence[i] = Max(probabilities.Slice(r * k, k));
            correct[i] = predicted[r] == truth[r];
        }
        return new HeldOutProfile(rows, [.. classes], counts, metrics, new CalibrationSample(confidence, correct));
    }

    private static double Max(ReadOnlySpan<float> row)
    {
        var max = row[0];
        for (var c = 1; c < row.Length; c++)
        {
            max = Math.Max(max, row[c]);
        }
        return max;
    }
}
