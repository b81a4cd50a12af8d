using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// One input of the model over a window: numeric values as they arrive, or a count per category (the profile's
/// categories first, then any value the profile never saw). Values a record lacks are counted as missing.
/// </summary>
public sealed class WindowColumn
{
    private readonly List<double> _values = [];
    private readonly List<string> _categories = [];
    private readonly List<long> _counts = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private byte[][] _utf8Categories = [];
    // The last row's value (a category index, else a number; NaN and -1 for missing), read back by slice filters.
    private double _lastNumber = double.NaN;
    private int _lastCategory = -1;

    public WindowColumn(FeatureProfile profile)
    {
        Name = profile.Name;
        IsNumeric = profile.IsNumeric;
        foreach (var category in profile.Categories ?? [])
        {
            IndexOf(category.Value);
        }
    }

    public string Name { get; }
    public bool IsNumeric { get; }
    public long Missing { get; private set; }

    /// <summary>Numeric values in record order.</summary>
    public IReadOnlyList<double> Values => _values;

    public IReadOnlyDictionary<string, long> Counts => _categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => _counts[x.i], StringComparer.Ordinal);

    /// <summary>The value the last row gave, as text ("" when missing): what a slice filter reads.</summary>
    internal string LastCell => _lastCategory >= 0
        ? _categories[_lastCategory]
        : double.IsNaN(_lastNumber) ? "" : _lastNumber.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    internal void AddNumber(double value)
    {
        _values.Add(value);
        (_lastNumber, _lastCategory) = (value, -1);
    }

    internal void AddMissing()
    {
        Missing++;
        (_lastNumber, _lastCategory) = (double.NaN, -1);
    }

    /// <summary>Adds a value as <see cref="LastCell"/> gives it: a number, a category, or "" for missing.</summary>
    internal void AddCell(string cell)
    {
        if (cell.Length == 0)
        {
            AddMissing();
        }
        else if (IsNumeric)
        {
            AddNumber(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            AddCategory(cell);
        }
    }

    /// <summary>Counts a category given as UTF-8, allocating a string only for a value not seen before.</summary>
    internal void AddCategory(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < _utf8Categories.Length; i++)
        {
            if (utf8.SequenceEqual(_utf8Categories[i]))
            {
                AddCategoryAt(i);
                return;
            }
        }
        AddCategoryAt(IndexOf(System.Text.Encoding.UTF8.GetString(utf8)));
    }

    internal void AddCategory(string value) => AddCategoryAt(IndexOf(value));

    /// <summary>Counts the category at <paramref name="index"/> (one <see cref="IndexOf"/> returned).</summary>
    internal void AddCategoryAt(int index)
    {
        _counts[index]++;
        (_lastNumber, _lastCategory) = (double.NaN, index);
    }

    /// <summary>The index of <paramref name="category"/> among the column's categories, adding it when new.</summary>
    internal int IndexOf(string category)
    {
        if (_index.TryGetValue(category, out var i))
        {
            return i;
        }
        _index[category] = i = _categories.Count;
        _categories.Add(category);
        _counts.Add(0);
        _utf8Categories = [.. _utf8Categories, System.Text.Encoding.UTF8.GetBytes(category)];
        return i;
    }
}
