using Mlops.Inference.Csv;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>
/// The preprocess stage's clean.csv as raw input cells (in schema column order) and labels: what the features stage
/// splits, and what a simulation or a reference profile reads to see the same rows the model was trained and tested on.
/// </summary>
public sealed record CleanRows(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Inputs, IReadOnlyList<string> Labels)
{
    /// <summary>
    /// Streams the file: one string array per row and no copy of the file's table; a category's cells share one string,
    /// so a row costs its numbers' text and references.
    /// </summary>
    public static CleanRows Read(PipelineParams p, string cleanCsv)
    {
        using var records = CsvRecordReader.OpenFile(cleanCsv);
        var header = records.MoveNext() ? records.Fields() : [];
        var columns = CleanColumns.Bind(p, cleanCsv, header, records.MoveNext() ? 1 : 0);
        var shared = columns.Names
            .Select(c => p.Schema.Columns[c].Type == "numeric" ? (Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?)null
                : new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())
            .ToArray();
        var inputs = new List<string[]>();
        var labels = new List<string>();
        do
        {
            ReadOnlySpan<char> Field(int i) => i < records.FieldCount ? records.Field(i) : "";
            labels.Add(columns.Label(p, cleanCsv, labels.Count + 1, records.Line, Field(columns.TargetIndex).ToString()));
            var cells = new string[columns.Indices.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Text(shared[i], Field(columns.Indices[i]));
            }
            inputs.Add(cells);
        }
        while (records.MoveNext());
        return new CleanRows(columns.Names, inputs, labels);
    }

    private static string Text(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? shared, ReadOnlySpan<char> cell)
    {
        if (shared is not { } lookup)
        {
            return cell.ToString();
        }
        if (!lookup.TryGetValue(cell, out var text))
        {
            text = cell.ToString();
            lookup[cell] = text;
        }
        return text;
    }

    public static CleanRows Read(PipelineParams p, CsvTable table)
    {
        var columns = CleanColumns.Bind(p, table.Source, table.Header, table.Rows.Count);
        var inputs = new List<string[]>(table.Rows.Count);
        var labels = new List<string>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            string Field(int i) => i < row.Fields.Length ? row.Fields[i] : "";
            labels.Add(columns.Label(p, table.Source, row.Row, row.Line, Field(columns.TargetIndex)));
            inputs.Add([.. columns.Indices.Select(Field)]);
        }
        return new CleanRows(columns.Names, inputs, labels);
    }

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public CleanRows Take(IEnumerable<int> indices)
    {
        var at = indices.ToArray();
        return new CleanRows(Columns, [.. at.Select(i => Inputs[i])], [.. at.Select(i => Labels[i])]);
    }
}
