using Mlops.Core.Features;

namespace Mlops.Training.Features;

/// <summary>
/// Per-column statistics of a feature table, gathered in one pass as its rows are written: exact counts, min, max,
/// mean and population std (Welford), the share of 1s of indicator columns, and percentiles from the first
/// <see cref="FeatureColumnStats.SampleLimit"/> rows or, beyond them, a seeded reservoir of that many rows (one draw
/// per row, so every column samples the same rows).
/// </summary>
public sealed class FeatureStatistics
{
    private const int Seed = 17;

    private readonly IReadOnlyList<string> names;
    private readonly IReadOnlyList<string> kinds;
    private readonly float[][] samples;
    private readonly long[] finite;
    private readonly long[] nans;
    private readonly long[] ones;
    private readonly double[] min;
    private readonly double[] max;
    private readonly double[] mean;
    private readonly double[] m2;
    private readonly Random random = new(Seed);
    private long rows;

    /// <param name="expectedRows">Sizes the percentile sample up front (capped at the limit).</param>
    public FeatureStatistics(IReadOnlyList<string> names, IReadOnlyList<string> kinds, long expectedRows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(kinds.Count, names.Count);
        this.names = names;
        this.kinds = kinds;
        var width = names.Count;
        var capacity = (int)Math.Clamp(expectedRows, 0, FeatureColumnStats.SampleLimit);
        samples = [.. Enumerable.Range(0, width).Select(_ => new float[capacity])];
        (finite, nans, ones) = (new long[width], new long[width], new long[width]);
        (min, max, mean, m2) = (Filled(width, double.PositiveInfinity), Filled(width, double.NegativeInfinity), new double[width], new double[width]);
    }

    public void Add(ReadOnlySpan<float> row)
    {
        var slot = SampleSlot();
        for (var c = 0; c < row.Length; c++)
        {
            var value = row[c];
            if (slot >= 0)
            {
                if (slot >= samples[c].Length)
                {
                    Array.Resize(ref samples[c], Math.Min(FeatureColumnStats.SampleLimit, Math.Max(16, samples[c].Length * 2)));
                }
                samples[c][slot] = value;
            }
            if (!float.IsFinite(value))
            {
                nans[c]++;
                continue;
            }
            var n = ++finite[c];
            var delta = value - mean[c];
            mean[c] += delta / n;
            m2[c] += delta * (value - mean[c]);
            min[c] = Math.Min(min[c], value);
            max[c] = Math.Max(max[c], value);
            if (value == 1f)
            {
                ones[c]++;
            }
        }
        rows++;
    }

    public IReadOnlyList<FeatureColumn> Columns()
    {
        var sampled = (int)Math.Min(rows, FeatureColumnStats.SampleLimit);
        return [.. names.Select((name, c) => new FeatureColumn(name, kinds[c], Stats(c, sampled)))];
    }

    private FeatureColumnStats Stats(int c, int sampled)
    {
        var values = SortedFinite(samples[c].AsSpan(0, sampled));
        var none = finite[c] == 0;
        double? onesShare = kinds[c] == "onehot" && rows > 0 ? (double)ones[c] / rows : null;
        return new FeatureColumnStats(finite[c], nans[c], none ? double.NaN : min[c], none ? double.NaN : max[c], none ? double.NaN : mean[c],
            none ? double.NaN : Math.Sqrt(m2[c] / finite[c]), values.Length == 0 ? [] : Percentiles(values), onesShare);
    }

    /// <summary>A plain loop and Array.Sort rather than LINQ: generic LINQ over float and double is JIT-compiled at every cold start.</summary>
    private static double[] SortedFinite(ReadOnlySpan<float> sample)
    {
        var values = new double[sample.Length];
        var n = 0;
        foreach (var v in sample)
        {
            if (float.IsFinite(v))
            {
                values[n++] = v;
            }
        }
        Array.Resize(ref values, n);
        Array.Sort(values);
        return values;
    }

    /// <summary>Linear interpolation between the two nearest ranks (NumPy's default).</summary>
    private static double[] Percentiles(double[] sorted)
    {
        var result = new double[101];
        for (var p = 0; p <= 100; p++)
        {
            var h = (sorted.Length - 1) * p / 100.0;
            var low = (int)Math.Floor(h);
            var high = Math.Min(low + 1, sorted.Length - 1);
            result[p] = sorted[low] + (h - low) * (sorted[high] - sorted[low]);
        }
        return result;
    }

    /// <summary>The sample slot this row goes to, or -1 when the reservoir keeps its earlier rows.</summary>
    private int SampleSlot()
    {
        if (rows < FeatureColumnStats.SampleLimit)
        {
            return (int)rows;
        }
        var j = random.NextInt64(rows + 1);
        return j < FeatureColumnStats.SampleLimit ? (int)j : -1;
    }

    private static double[] Filled(int length, double value) => Enumerable.Repeat(value, length).ToArray();
}
