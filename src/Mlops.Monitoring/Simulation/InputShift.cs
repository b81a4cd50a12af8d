using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Simulation;

/// <summary>
/// A shift of the inputs, parsed from a spec like <c>Price:-8,Size:*1.1,Color:flip=0.3</c>: per column a numeric
/// offset (<c>+x</c>/<c>-x</c>), a scale (<c>*x</c>) or a categorical flip rate (<c>flip=p</c>, 0 ≤ p ≤ 1).
/// </summary>
public sealed class InputShift
{
    private readonly Dictionary<string, ColumnShift> byColumn;

    private InputShift(Dictionary<string, ColumnShift> byColumn) => this.byColumn = byColumn;

    public static InputShift None { get; } = new([]);

    public IReadOnlyCollection<ColumnShift> Shifts => byColumn.Values;

    /// <summary>Parses <paramref name="spec"/> against the model's columns; every error names the item and the rule.</summary>
    public static InputShift Parse(string? spec, IReadOnlyList<SimulatedColumn> columns)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return None;
        }
        var known = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var shifts = new Dictionary<string, ColumnShift>(StringComparer.Ordinal);
        foreach (var item in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            var shift = ParseItem(item, known);
            if (!shifts.TryAdd(shift.Column, shift))
            {
                throw Invalid(item, $"column '{shift.Column}' is shifted twice");
            }
        }
        return new InputShift(shifts);
    }

    /// <summary>Shifts <paramref name="row"/> (cells in <paramref name="columns"/> order) in place.</summary>
    public void Apply(string[] row, IReadOnlyList<SimulatedColumn> columns, Random random)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (byColumn.TryGetValue(columns[c].Name, out var shift))
            {
                row[c] = shift.Apply(row[c], columns[c], random);
            }
        }
    }

    private static ColumnShift ParseItem(string item, Dictionary<string, SimulatedColumn> known)
    {
        var colon = item.LastIndexOf(':');
        if (colon <= 0 || colon == item.Length - 1)
        {
            throw Invalid(item, "expected COLUMN:+x, COLUMN:-x, COLUMN:*x or COLUMN:flip=p");
        }
        var name = item[..colon].Trim();
        var op = item[(colon + 1)..].Trim();
        if (!known.TryGetValue(name, out var column))
        {
            throw Invalid(item, $"'{name}' is not an input column of the model ({string.Join(", ", known.Keys)})");
        }
        if (op.StartsWith("flip=", StringComparison.Ordinal))
        {
            if (column.IsNumeric)
            {
                throw Invalid(item, $"'{name}' is numeric: flip applies to categorical columns; shift it with +x, -x or *x");
            }
            var rate = Number(item, op["flip=".Length..]);
            return rate is >= 0 and <= 1
                ? new ColumnShift(name, ColumnShiftKind.Flip, rate)
                : throw Invalid(item, $"the flip rate must be between 0 and 1; got {op["flip=".Length..]}");
        }
        if (!column.IsNumeric)
        {
            throw Invalid(item, $"'{name}' is categorical: shift it with flip=p (0 ≤ p ≤ 1)");
        }
        return op[0] == '*'
            ? new ColumnShift(name, ColumnShiftKind.Scale, Number(item, op[1..]))
            : new ColumnShift(name, ColumnShiftKind.Offset, Number(item, op));
    }

    private static double Number(string item, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Invalid(item, $"'{text}' is not a number");

    private static MlopsException Invalid(string item, string rule) =>
        MlopsException.Invalid($"--drift item '{item}': {rule}");
}
