using System.Globalization;

namespace Mlops.Core.Slicing;

/// <summary>
/// Tests one column's cell; every test given must hold. <see cref="Is"/> and <see cref="In"/> compare numbers as numbers
/// when both sides are numbers (so "2" is "2.0") and text exactly otherwise; <see cref="Min"/> and <see cref="Max"/> are
/// inclusive; <see cref="Whole"/> true asks for a whole number, false for a number with a fraction. A cell that is not a
/// number fails every numeric test.
/// </summary>
public sealed record CellCondition(string Column) : RowFilter
{
    public string? Is { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public bool? Whole { get; init; }

    public override IEnumerable<string> Columns => [Column];

    public bool HasTest => Is is not null || In is not null || Min is not null || Max is not null || Whole is not null;

    public override Func<IReadOnlyList<string>, bool> Bind(IReadOnlyDictionary<string, int> columnIndex)
    {
        var at = columnIndex[Column];
        return row => Matches(at < row.Count ? row[at] : "");
    }

    public bool Matches(string cell)
    {
        var isNumber = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        if (Is is not null && !Same(cell, isNumber, value, Is))
        {
            return false;
        }
        if (In is not null && !In.Any(v => Same(cell, isNumber, value, v)))
        {
            return false;
        }
        if ((Min is not null || Max is not null || Whole is not null) && !isNumber)
        {
            return false;
        }
        return !(value < Min) && !(value > Max) && (Whole is not { } whole || (Math.Floor(value) == value) == whole);
    }

    private static bool Same(string cell, bool isNumber, double value, string expected) =>
        isNumber && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var other)
            ? value == other
            : string.Equals(cell, expected, StringComparison.Ordinal);
}
