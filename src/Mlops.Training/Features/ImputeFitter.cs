using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>Fits the fill value of every column declared missing: impute, on the parsed training rows (NaN = missing).</summary>
internal static class ImputeFitter
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>
    /// The fill value per imputed column as text: an invariant number, or the category's name. <paramref name="parsedInputs"/>
    /// is row-major, <paramref name="width"/> inputs per row; only the rows at <paramref name="trainRows"/> count.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fit(SchemaParams schema, ReadOnlySpan<double> parsedInputs, int width, IReadOnlyList<int> trainRows)
    {
        var fills = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (name, column) in schema.Columns)
        {
            var at = i++;
            if (column.Missing != MissingPolicy.Impute)
            {
                continue;
            }
            var strategy = MissingPolicy.StrategyOf(column);
            if (strategy == MissingPolicy.Constant)
            {
                fills[name] = column.FillValue!;
                continue;
            }
            var present = Present(parsedInputs, width, at, trainRows);
            if (present.Length == 0)
            {
                throw MlopsException.Invalid(
                    $"schema.columns.{name}: missing: impute needs values to fit on, but every training row lacks '{name}'");
            }
            var value = strategy == MissingPolicy.Median ? Median(present) : MostFrequent(present);
            fills[name] = column.Type == "numeric" ? value.ToString("R", CultureInfo.InvariantCulture) : column.Categories![(int)value];
        }
        return fills;
    }

    private static double[] Present(ReadOnlySpan<double> parsedInputs, int width, int column, IReadOnlyList<int> trainRows)
    {
        var present = new List<double>(trainRows.Count);
        foreach (var row in trainRows)
        {
            var value = parsedInputs[(row * width) + column];
            if (!double.IsNaN(value))
            {
                present.Add(value);
            }
        }
        return [.. present];
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /// <summary>The most frequent value; a tie goes to the smallest (the first category), so the fit is deterministic.</summary>
    private static double MostFrequent(double[] values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
