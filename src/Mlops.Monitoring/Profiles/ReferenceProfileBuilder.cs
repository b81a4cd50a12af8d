using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>
/// Builds the parts of a <see cref="ReferenceProfile"/> from training columns (in row order, all of the same length) and
/// the held-out scores. One row sample is drawn per builder, so numeric samples of different inputs come from the same
/// rows. Allocation is one sort per numeric column; no per-row objects.
/// </summary>
public sealed class ReferenceProfileBuilder
{
    public static readonly IReadOnlyList<double> QuantileLevels = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

    private readonly ReferenceProfileOptions _options;
    private readonly int[]? _sampleRows;

    public ReferenceProfileBuilder(int trainingRows, ReferenceProfileOptions? options = null)
    {
        _options = options ?? ReferenceProfileOptions.Default;
        _options.Validate();
        if (trainingRows < 1)
        {
            throw MlopsException.Invalid("reference profile: the training data has no rows");
        }
        TrainingRows = trainingRows;
        _sampleRows = SeededSample.Indices(trainingRows, _options.SampleRows, _options.Seed);
    }

    public int TrainingRows { get; }

    public FeatureProfile Numeric(string name, ReadOnlySpan<double> values)
    {
        CheckLength(name, values.Length);
        var sorted = values.ToArray();
        double sum = 0;
        foreach (var v in sorted)
        {
            if (!double.IsFinite(v))
            {
                throw MlopsException.Invalid($"reference profile: numeric input '{name}' holds {v}; only finite numbers can be profiled");
            }
            sum += v;
        }
        var mean = sum / sorted.Length;
        double squares = 0;
        foreach (var v in sorted)
        {
            squares += (v - mean) * (v - mean);
        }
        double[] sample;
        if (_sampleRows is null)
        {
            Array.Sort(sorted);
            sample = sorted;
        }
        else
        {
            sample = new double[_sampleRows.Length];
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = sorted[_sampleRows[i]];
            }
            Array.Sort(sorted);
            Array.Sort(sample);
        }
        var quantiles = new double[QuantileLevels.Count];
        for (var q = 0; q < quantiles.Length; q++)
        {
            quantiles[q] = Quantile(sorted, QuantileLevels[q]);
        }
        var summary = new NumericSummary(sorted[0], sorted[^1], mean, Math.Sqrt(squares / sorted.Length), QuantileLevels, quantiles, sample);
        return new FeatureProfile(name, FeatureKind.Numeric, sorted.Length, summary, null);
    }

    /// <param name="schemaCategories">Listed first and in this order, with a zero count when absent from the data.</param>
    public FeatureProfile Categorical(string name, IReadOnlyList<string> values, IReadOnlyList<string> schemaCategories)
    {
        CheckLength(name, values.Count);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>(schemaCategories.Count);
        foreach (var category in schemaCategories)
        {
            if (counts.TryAdd(category, 0))
            {
                order.Add(category);
            }
        }
        foreach (var value in values)
        {
            if (counts.TryAdd(value, 1))
            {
                order.Add(value);
            }
            else
            {
                counts[value]++;
            }
        }
        return new FeatureProfile(name, FeatureKind.Categorical, values.Count, null, [.. order.Select(c => new CategoryCount(c, counts[c]))]);
    }

    /// <summary>NumPy's default ("linear") quantile of ascending <paramref name="sorted"/>.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double level)
    {
        var position = level * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private void CheckLength(string name, int length)
    {
        if (length != TrainingRows)
        {
            throw MlopsException.Invalid($"reference profile: input '{name}' has {length} values for {TrainingRows} training rows");
        }
    }
}
