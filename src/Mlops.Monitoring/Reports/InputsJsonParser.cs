using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Splits the logged inputs JSON of each record into <see cref="WindowColumn"/>s with a forward-only reader: no
/// document, no dictionary per record. Inputs arrive in the same order record after record, so the column after the
/// last one matched is tried first.
/// </summary>
internal sealed class InputsJsonParser(IReadOnlyList<WindowColumn> columns)
{
    private readonly byte[][] _names = [.. columns.Select(c => Encoding.UTF8.GetBytes(c.Name))];
    private readonly bool[] _seen = new bool[columns.Count];
    private byte[] _buffer = new byte[1024];

    public void Add(string inputsJson)
    {
        var max = Encoding.UTF8.GetMaxByteCount(inputsJson.Length);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }
        var length = Encoding.UTF8.GetBytes(inputsJson, _buffer);
        Array.Clear(_seen);
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, length));
        var next = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            MarkMissing();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = Find(ref reader, next);
            reader.Read();
            if (column < 0)
            {
                reader.Skip();
                continue;
            }
            Store(columns[column], ref reader);
            _seen[column] = true;
            next = column + 1;
        }
        MarkMissing();
    }

    private int Find(ref Utf8JsonReader reader, int expected)
    {
        for (var k = 0; k < _names.Length; k++)
        {
            var i = (expected + k) % _names.Length;
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static void Store(WindowColumn column, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when column.IsNumeric:
                column.AddNumber(reader.GetDouble());
                break;
            case JsonTokenType.String when column.IsNumeric:
                if (double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
                {
                    column.AddNumber(parsed);
                }
                else
                {
                    column.AddMissing();
                }
                break;
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped:
                column.AddCategory(reader.ValueSpan);
                break;
            case JsonTokenType.String:
                column.AddCategory(reader.GetString()!);
                break;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                column.AddCategory(Encoding.UTF8.GetString(reader.ValueSpan));
                break;
            default:
                reader.Skip();
                column.AddMissing();
                break;
        }
    }

    private void MarkMissing()
    {
        for (var i = 0; i < _seen.Length; i++)
        {
            if (!_seen[i])
            {
                columns[i].AddMissing();
            }
        }
    }
}
