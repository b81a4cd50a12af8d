using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>
/// clean.csv streamed once and held as the feature transform parses it: one flat row-major buffer of doubles (a number,
/// a category index or NaN per input cell) and one label per row, the labels sharing the schema's class strings.
/// </summary>
internal sealed class ParsedCleanRows
{
    private double[] values;
    private string[] labels;

    private ParsedCleanRows(int width)
    {
        Width = width;
        values = new double[1024 * width];
        labels = new string[1024];
    }

    public int Width { get; }

    public int Count { get; private set; }

    /// <summary>Row-major: row r occupies [r × Width, (r + 1) × Width).</summary>
    public ReadOnlySpan<double> Values => values.AsSpan(0, Count * Width);

    public IReadOnlyList<string> Labels => new ArraySegment<string>(labels, 0, Count);

    public ReadOnlySpan<double> Row(int row) => values.AsSpan(row * Width, Width);

    public static ParsedCleanRows Read(PipelineParams p, string cleanCsv, FeatureTransform parser)
    {
        using var records = CsvRecordReader.OpenFile(cleanCsv);
        var header = records.MoveNext() ? records.Fields() : [];
        var columns = CleanColumns.Bind(p, cleanCsv, header, records.MoveNext() ? 1 : 0);
        var rows = new ParsedCleanRows(columns.Indices.Length);
        do
        {
            rows.Add(p, cleanCsv, columns, records, parser);
        }
        while (records.MoveNext());
        return rows;
    }

    private void Add(PipelineParams p, string source, CleanColumns columns, CsvRecordReader record, FeatureTransform parser)
    {
        if (Count == labels.Length)
        {
            Array.Resize(ref labels, labels.Length * 2);
            Array.Resize(ref values, values.Length * 2);
        }
        var row = Count + 1;
        ReadOnlySpan<char> Field(int i) => i < record.FieldCount ? record.Field(i) : "";
        labels[Count] = columns.Label(p, source, row, record.Line, Field(columns.TargetIndex).ToString());
        var at = Count * Width;
        for (var i = 0; i < Width; i++)
        {
            var text = Field(columns.Indices[i]);
            values[at + i] = parser.TryParseInput(i, text, out var value) ? value
                : throw MlopsException.Invalid(
                    $"{source}: row {row} (file line {record.Line}), input '{columns.Names[i]}': '{text.ToString()}' is not valid for its schema");
        }
        Count++;
    }
}
