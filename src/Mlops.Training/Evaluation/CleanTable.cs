using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Training.Evaluation;

/// <summary>
/// clean.csv read once for the evaluate stage (its slices and the reference profile): streamed through
/// <see cref="CsvRecordReader"/> into one compact column per schema column and one label per row, the labels sharing
/// the schema's class strings. No per-row objects: a row's cells become strings only when asked for.
/// </summary>
public sealed class CleanTable
{
    private readonly CleanColumn[] cells;
    private readonly List<string> labels;

    private CleanTable(string source, string[] columns, CleanColumn[] cells, List<string> labels)
    {
        Source = source;
        Columns = columns;
        this.cells = cells;
        this.labels = labels;
    }

    public string Source { get; }

    /// <summary>The schema's columns, in schema order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> Labels => labels;

    public int Count => labels.Count;

    /// <summary>Reads the file with <see cref="CleanRows"/>' checks and messages (missing columns, unknown labels).</summary>
    public static CleanTable Read(PipelineParams p, string cleanCsv)
    {
        ArgumentNullException.ThrowIfNull(p);
        using var records = CsvRecordReader.OpenFile(cleanCsv);
        var header = records.MoveNext() ? records.Fields() : [];
        var more = records.MoveNext();
        var columns = CleanColumns.Bind(p, cleanCsv, header, more ? 1 : 0);
        var cells = columns.Names.Select(n => new CleanColumn(p.Schema.Columns[n].Type == "numeric")).ToArray();
        var labels = new List<string>();
        for (; more; more = records.MoveNext())
        {
            var fields = records.FieldCount;
            var target = columns.TargetIndex < fields ? records.Field(columns.TargetIndex).ToString() : "";
            labels.Add(columns.Label(p, cleanCsv, labels.Count + 1, records.Line, target));
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c].Add(columns.Indices[c] < fields ? records.Field(columns.Indices[c]) : "");
            }
        }
        return new CleanTable(cleanCsv, columns.Names, cells, labels);
    }

    /// <summary>Row <paramref name="row"/>'s cells as text, in <see cref="Columns"/> order.</summary>
    public string[] Row(int row) => [.. cells.Select(c => c.Text(row))];

    /// <summary>The cells of <paramref name="rows"/>, in that order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyList<int> rows) => [.. rows.Select(r => (IReadOnlyList<string>)Row(r))];

    /// <summary>Whether any row matches; stops at the first that does.</summary>
    public bool Any(Func<IReadOnlyList<string>, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var row = new string[cells.Length];
        for (var r = 0; r < Count; r++)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                row[c] = cells[c].Text(r);
            }
            if (match(row))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Column <paramref name="column"/>'s cells of <paramref name="rows"/> as text.</summary>
    public string[] Texts(int column, IReadOnlyList<int> rows) => [.. rows.Select(cells[column].Text)];

    /// <summary>Column <paramref name="column"/>'s numbers at <paramref name="rows"/>; a cell that is no number is an error naming it.</summary>
    public double[] Numbers(int column, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = new double[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!cells[column].TryNumber(rows[i], out values[i]))
            {
                throw MlopsException.Invalid(
                    $"{Source}: column '{Columns[column]}': {ErrorText.Quote(cells[column].Text(rows[i]))} is not a number");
            }
        }
        return values;
    }
}
