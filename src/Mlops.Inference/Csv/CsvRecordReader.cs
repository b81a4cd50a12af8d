using System.Text;
using Mlops.Core.Errors;
using nietras.SeparatedValues;

namespace Mlops.Inference.Csv;

/// <summary>
/// Streams a CSV file record by record as trimmed field spans, with <see cref="CsvReader"/>'s rules: one record per
/// line, blank lines skipped but counted. Sep splits the lines; the rare line holding a quote is split by
/// <see cref="CsvReader.SplitLine"/>, so quoting behaves exactly as it always has.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private readonly SepReader reader;
    private string[]? quotedFields;

    private CsvRecordReader(TextReader text) =>
        reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true })
            .From(text);

    public static CsvRecordReader OpenFile(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"CSV file '{path}' does not exist");
        }
        return new CsvRecordReader(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));
    }

    public static CsvRecordReader Open(TextReader text) => new(text);

    /// <summary>The 1-based file line of the current record.</summary>
    public int Line { get; private set; }

    public int FieldCount => quotedFields?.Length ?? reader.Current.ColCount;

    /// <summary>Field <paramref name="index"/> of the current record, trimmed; valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<char> Field(int index) =>
        quotedFields is { } fields ? fields[index] : reader.Current[index].Span.Trim();

    /// <summary>The current record's fields as strings (allocates; for rows that must be kept as they were read).</summary>
    public string[] Fields()
    {
        if (quotedFields is { } fields)
        {
            return (string[])fields.Clone();
        }
        var strings = new string[FieldCount];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Field(i).ToString();
        }
        return strings;
    }

    /// <summary>Moves to the next non-blank line; false at the end of the file.</summary>
    public bool MoveNext()
    {
        while (reader.MoveNext())
        {
            Line++;
            var span = reader.Current.Span;
            if (span.IsWhiteSpace())
            {
                continue;
            }
            quotedFields = span.Contains('"') ? CsvReader.SplitLine(span.ToString()) : null;
            return true;
        }
        return false;
    }

    public void Dispose() => reader.Dispose();
}
