using System.Globalization;
using System.Text;

namespace Mlops.Training.Data;

/// <summary>
/// Validated rows held by column: a number per numeric cell, the index of its category or class otherwise, NaN for
/// an empty cell. Only quarantined rows keep their raw text. About 8 bytes per cell, and no object per row.
/// </summary>
internal sealed class ValidatedTable(string source, IReadOnlyList<string> rawHeader, ColumnRule[] rules)
{
    private double[][] columns = [.. rules.Select(_ => new double[1024])];
    private int capacity = 1024;
    private readonly Dictionary<int, QuarantinedRow> quarantined = [];

    public string Source => source;

    public IReadOnlyList<string> RawHeader => rawHeader;

    /// <summary>The output columns: the schema columns in order, then the target when the header has it.</summary>
    public ColumnRule[] Rules => rules;

    public bool HasTarget => rules.Length > 0 && rules[^1].IsTarget;

    public int RowCount { get; private set; }

    public List<DataViolation> Violations { get; } = [];

    /// <summary>The quarantined rows, in file order.</summary>
    public IEnumerable<QuarantinedRow> Quarantined => quarantined.Values.OrderBy(q => q.Row);

    public int QuarantinedCount => quarantined.Count;

    public bool IsQuarantined(int row) => quarantined.ContainsKey(row);

    public string? QuarantineReason(int row) => quarantined.TryGetValue(row, out var q) ? q.Reason : null;

    public double Value(int column, int row) => columns[column][row];

    public ReadOnlySpan<double> Column(int column) => columns[column].AsSpan(0, RowCount);

    /// <summary>Starts a row; its cells are set with <see cref="Set"/>. Returns its 0-based index.</summary>
    public int AddRow()
    {
        if (RowCount == capacity)
        {
            capacity *= 2;
            for (var c = 0; c < columns.Length; c++)
            {
                Array.Resize(ref columns[c], capacity);
            }
        }
        return RowCount++;
    }

    public void Set(int column, int row, double value) => columns[column][row] = value;

    public void Quarantine(int row, string[] rawFields, string reason) => quarantined[row] = new QuarantinedRow(row + 1, rawFields, reason);

    /// <summary>The normalized text of a cell, as clean.csv holds it: the round-trip number, the schema's spelling, or empty.</summary>
    public string Text(int column, int row)
    {
        var value = columns[column][row];
        return double.IsNaN(value) ? ""
            : rules[column].IsNumeric ? value.ToString("R", CultureInfo.InvariantCulture)
            : rules[column].Allowed[(int)value];
    }

    /// <summary>Appends a row's normalized cells as one CSV line (without the line break), quoted as <see cref="CsvWriter"/> quotes.</summary>
    public void AppendLine(StringBuilder line, int row)
    {
        for (var c = 0; c < rules.Length; c++)
        {
            if (c > 0)
            {
                line.Append(',');
            }
            var value = columns[c][row];
            if (double.IsNaN(value))
            {
                continue;
            }
            if (rules[c].IsNumeric)
            {
                line.Append(CultureInfo.InvariantCulture, $"{value:R}");
            }
            else
            {
                CsvWriter.AppendField(line, rules[c].Allowed[(int)value]);
            }
        }
    }

    /// <summary>Whether two rows hold the same values, bit for bit (what equal lines of clean.csv mean).</summary>
    public bool SameRow(int a, int b)
    {
        foreach (var column in columns)
        {
            if (BitConverter.DoubleToInt64Bits(column[a]) != BitConverter.DoubleToInt64Bits(column[b]))
            {
                return false;
            }
        }
        return true;
    }

    public int RowHash(int row)
    {
        var hash = new HashCode();
        foreach (var column in columns)
        {
            hash.Add(BitConverter.DoubleToInt64Bits(column[row]));
        }
        return hash.ToHashCode();
    }
}
