using System.Text;
using Mlops.Core.Errors;
using nietras.SeparatedValues;

namespace Mlops.Training.Init;

/// <summary>
/// Reads any delimited text file for <c>mlops init</c> (Sep): a BOM, CRLF, quoted fields and a ',', ';', tab or '|'
/// delimiter are handled; an empty or binary file, a single column, a row of the wrong width or a quoted field over
/// several lines is refused naming the line.
/// </summary>
public static class RawCsvLoader
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    public static RawCsvTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"data file '{path}' does not exist");
        }
        var notes = new List<string>();
        var text = Decode(path, File.ReadAllBytes(path), notes);
        if (text.Contains("\r\n", StringComparison.Ordinal))
        {
            notes.Add("line endings: CRLF, written as LF");
        }
        var firstLine = text.AsSpan(0, IndexOfLineEnd(text));
        var delimiter = FindDelimiter(path, firstLine);
        if (delimiter != ',')
        {
            notes.Add($"delimiter: {Describe(delimiter)}, written as ','");
        }
        var (header, rows, lines) = ReadRows(path, text, delimiter);
        return new RawCsvTable(path, delimiter, HeaderNames.Clean(header, notes), rows, lines, notes);
    }

    private static string Decode(string path, byte[] bytes, List<string> notes)
    {
        if (bytes.AsSpan().Trim(" \t\r\n"u8).Length == 0)
        {
            throw MlopsException.Invalid($"{path} is empty: no header row and no data rows");
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw MlopsException.Invalid($"{path} is not a CSV text file: it holds binary data (a NUL byte at offset {nul})");
        }
        var start = 0;
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            notes.Add("encoding: UTF-8 with a byte-order mark, written without it");
            start = 3;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            notes.Add("encoding: not UTF-8, read as Latin-1 and written as UTF-8");
            return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static char FindDelimiter(string path, ReadOnlySpan<char> header)
    {
        var (best, bestCount) = (',', 0);
        foreach (var candidate in Delimiters)
        {
            var count = CountOutsideQuotes(header, candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }
        return bestCount > 0 ? best
            : throw MlopsException.Invalid($"{path}, line 1: no delimiter (',', ';', tab or '|') in the header, so the file has one "
                + "column; a table for init needs a target column and at least one input column");
    }

    private static (string[] Header, List<string[]> Rows, List<int> Lines) ReadRows(string path, string text, char delimiter)
    {
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(delimiter), HasHeader = false, Unescape = true, DisableColCountCheck = true, Trim = SepTrim.All,
        }).From(new StringReader(text));
        string[] header = [];
        var (rows, lines) = (new List<string[]>(), new List<int>());
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.LineNumberToExcl - line > 1)
            {
                throw MlopsException.Invalid($"{path}, line {line}: a quoted field runs over several lines (or a quote is not closed); "
                    + "put each record on one line");
            }
            var fields = row[0..row.ColCount].ToStringsArray();
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }
            if (header.Length == 0)
            {
                header = fields;
                continue;
            }
            if (fields.Length != header.Length)
            {
                throw MlopsException.Invalid($"{path}, line {line}: {fields.Length} fields, but the header (line 1) has {header.Length}"
                    + (delimiter == ',' ? "; quote fields that contain a comma" : ""));
            }
            rows.Add(fields);
            lines.Add(line);
        }
        return rows.Count > 0 ? (header, rows, lines)
            : throw MlopsException.Invalid($"{path} is empty: it has a header row but no data rows");
    }

    private static int CountOutsideQuotes(ReadOnlySpan<char> line, char delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var c in line)
        {
            quoted ^= c == '"';
            count += !quoted && c == delimiter ? 1 : 0;
        }
        return count;
    }

    private static int IndexOfLineEnd(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : end;
    }

    private static string Describe(char delimiter) => delimiter == '\t' ? "tab" : $"'{delimiter}'";
}
