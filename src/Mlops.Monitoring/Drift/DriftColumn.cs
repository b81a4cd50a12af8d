using Mlops.Core.Errors;

namespace Mlops.Monitoring.Drift;

/// <summary>
/// One column of the reference or of the current window, ready for the drift tests: numeric values sorted once
/// (so a reference is sorted once for many windows), categorical values as counts per category.
/// </summary>
public sealed class DriftColumn
{
    private readonly double[] sorted;
    private readonly string[] categories;
    private readonly long[] counts;

    private DriftColumn(string name, ColumnKind kind, long rowCount, double[] sorted, string[] categories, long[] counts)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw MlopsException.Invalid("drift column: the name is empty");
        Name = name;
        Kind = kind;
        RowCount = rowCount;
        this.sorted = sorted;
        this.categories = categories;
        this.counts = counts;
    }

    public string Name { get; }
    public ColumnKind Kind { get; }

    /// <summary>Rows this column stands for; the rule compares the reference's with small_reference_rows.</summary>
    public long RowCount { get; }

    /// <summary>Numeric values ascending (empty for a categorical column).</summary>
    public ReadOnlySpan<double> SortedValues => sorted;

    /// <summary>Categories in ordinal order, aligned with <see cref="Counts"/> (empty for a numeric column).</summary>
    public IReadOnlyList<string> Categories => categories;
    public IReadOnlyList<long> Counts => counts;

    /// <summary>A numeric sample; <paramref name="rowCount"/> is the size of the data it was drawn from (default: its length).</summary>
    public static DriftColumn Numeric(string name, ReadOnlySpan<double> values, long? rowCount = null)
    {
        if (values.Length == 0)
            throw MlopsException.Invalid($"drift column '{name}': no values");
        var copy = values.ToArray();
        for (int i = 0; i < copy.Length; i++)
            if (!double.IsFinite(copy[i]))
                throw MlopsException.Invalid($"drift column '{name}': row {i} is {copy[i]}; numeric drift needs finite values");
        Array.Sort(copy);
        long rows = rowCount ?? copy.Length;
        if (rows < copy.Length)
            throw MlopsException.Invalid($"drift column '{name}': row count {rows} is below the sample's {copy.Length} values");
        return new DriftColumn(name, ColumnKind.Numeric, rows, copy, [], []);
    }

    /// <summary>Counts per category (categories with a zero count are dropped).</summary>
    public static DriftColumn Categorical(string name, IReadOnlyDictionary<string, long> countsByCategory)
    {
        var kept = countsByCategory.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToArray();
        foreach (var (category, count) in kept)
            if (count < 0)
                throw MlopsException.Invalid($"drift column '{name}': category '{category}' has a negative count {count}");
        long total = kept.Sum(pair => pair.Value);
        if (total == 0)
            throw MlopsException.Invalid($"drift column '{name}': no values");
        return new DriftColumn(name, ColumnKind.Categorical, total, [],
            kept.Select(pair => pair.Key).ToArray(), kept.Select(pair => pair.Value).ToArray());
    }

    /// <summary>Raw category labels, counted here; a null label is an error naming its row.</summary>
    public static DriftColumn Categorical(string name, IEnumerable<string?> values)
    {
        var tally = new Dictionary<string, long>(StringComparer.Ordinal);
        long row = 0;
        foreach (var value in values)
        {
            if (value is null)
                throw MlopsException.Invalid($"drift column '{name}': row {row} has no value");
            tally[value] = tally.GetValueOrDefault(value) + 1;
            row++;
        }
        return Categorical(name, tally);
    }
}
