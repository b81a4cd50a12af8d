using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Splits the inputs of a batch's rows into <see cref="WindowColumn"/>s, matched by name once per batch, reading them as
/// <see cref="InputsJsonParser"/> reads the same row's inputs JSON: a value the row lacks or cannot give as the column's
/// kind counts as missing, a category given to a numeric column is parsed as a number.
/// </summary>
internal sealed class BatchInputs
{
    private readonly WindowColumn[] _columns;
    private readonly int[] _source;
    private readonly IReadOnlyList<string>?[] _names;
    // Per column fed by a categorical input: each category's number (numeric column) or index in the column, found on first use
    // so that a category no row carries never enters the column's counts.
    private readonly double[]?[] _values;

    public BatchInputs(PredictionSchema schema, WindowColumn[] columns)
    {
        _columns = columns;
        _source = new int[columns.Length];
        _names = new IReadOnlyList<string>?[columns.Length];
        _values = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            _source[c] = IndexOf(schema.Inputs, columns[c].Name);
            if (_source[c] >= 0 && schema.Inputs[_source[c]].Categories is { } names)
            {
                _names[c] = names;
                _values[c] = columns[c].IsNumeric ? [.. names.Select(Number)] : [.. names.Select(_ => -1.0)];
            }
        }
    }

    /// <summary>Adds one row: the batch's values of that row, in the schema's input order.</summary>
    public void Add(ReadOnlySpan<double> row)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            var value = _source[c] < 0 ? double.NaN : row[_source[c]];
            if (_values[c] is { } values)
            {
                value = value >= 0 && value < values.Length ? Category(c, (int)value) : double.NaN;
            }
            if (!double.IsFinite(value))
            {
                column.AddMissing();
            }
            else if (column.IsNumeric)
            {
                column.AddNumber(value);
            }
            else if (_values[c] is not null)
            {
                column.AddCategoryAt((int)value);
            }
            else
            {
                column.AddCategory(value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private double Category(int column, int index)
    {
        var values = _values[column]!;
        if (values[index] < 0 && !_columns[column].IsNumeric)
        {
            values[index] = _columns[column].IndexOf(_names[column]![index]);
        }
        return values[index];
    }

    private static int IndexOf(IReadOnlyList<PredictionInput> inputs, string name)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            if (string.Equals(inputs[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed : double.NaN;
}
