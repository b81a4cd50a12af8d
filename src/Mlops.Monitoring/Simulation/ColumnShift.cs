using System.Globalization;

namespace Mlops.Monitoring.Simulation;

/// <summary>One column's shift: a numeric offset or scale, or a categorical flip rate.</summary>
public sealed record ColumnShift(string Column, ColumnShiftKind Kind, double Amount)
{
    /// <summary>The shifted cell; <paramref name="random"/> is drawn from only by a flip, once per cell.</summary>
    public string Apply(string cell, SimulatedColumn column, Random random)
    {
        switch (Kind)
        {
            case ColumnShiftKind.Offset or ColumnShiftKind.Scale:
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return cell;
                }
                var shifted = Kind == ColumnShiftKind.Offset ? value + Amount : value * Amount;
                // Rounded so 0.1 + 0.2 is sent as 0.3: the server sees the values a user would type.
                return Math.Round(shifted, 9).ToString("R", CultureInfo.InvariantCulture);
            default:
                var categories = column.Categories!;
                if (categories.Count < 2 || random.NextDouble() >= Amount)
                {
                    return cell;
                }
                var others = categories.Where(c => !string.Equals(c, cell, StringComparison.Ordinal)).ToList();
                return others[random.Next(others.Count)];
        }
    }
}
