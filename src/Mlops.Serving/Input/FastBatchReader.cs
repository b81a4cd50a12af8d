using System.Buffers.Text;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>
/// A fast path for the common /predict/batch body: {"records": [{...}, ...]} whose every value is valid — known field
/// names and categories spelled exactly, numbers in range, no escapes, no nulls, no duplicates. It accepts only bodies
/// the full reader (Utf8JsonReader + <see cref="RecordReader"/>) would accept with the same values, and gives up
/// (returns false) at the first thing it does not handle; the caller then parses the body again with the full reader,
/// which reports the errors. So error messages and edge cases have one implementation.
/// </summary>
internal ref struct FastBatchReader
{
    private readonly ReadOnlySpan<byte> _json;
    private int _at;

    private FastBatchReader(ReadOnlySpan<byte> json) => _json = json;

    /// <summary>Parses the whole body into rows (InputCount values each, NaN for absent optional fields), or returns false.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, ServedModel m, int maxRecords, ref double[]? rows, out int count)
    {
        count = 0;
        if (m.InputCount > 64)
        {
            return false;
        }
        var r = new FastBatchReader(json);
        if (!r.Expect((byte)'{') || !r.Expect((byte)'"') || !r.Literal("records\""u8) || !r.Expect((byte)':') || !r.Expect((byte)'['))
        {
            return false;
        }
        var width = m.InputCount;
        do
        {
            if (count == maxRecords)
            {
                return false;
            }
            rows = Rows.Grow(rows, (count + 1) * width);
            if (!r.Record(m, rows.AsSpan(count * width, width)))
            {
                return false;
            }
            count++;
        }
        while (r.Expect((byte)','));
        return r.Expect((byte)']') && r.Expect((byte)'}') && r.AtEnd();
    }

    private bool Record(ServedModel m, Span<double> values)
    {
        if (!Expect((byte)'{'))
        {
            return false;
        }
        values.Fill(double.NaN);
        ulong seen = 0;
        var expected = 0;
        do
        {
            if (!Expect((byte)'"') || !String(out var name) || !Expect((byte)':'))
            {
                return false;
            }
            var column = m.FindColumn(name, expected);
            if (column < 0 || (seen & (1UL << column)) != 0 || !Value(m, column, out values[column]))
            {
                return false;
            }
            seen |= 1UL << column;
            expected = column + 1;
        }
        while (Expect((byte)','));
        if (!Expect((byte)'}'))
        {
            return false;
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (m.Required[i] && (seen & (1UL << i)) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private bool Value(ServedModel m, int column, out double value)
    {
        value = double.NaN;
        SkipSpace();
        if (_at >= _json.Length)
        {
            return false;
        }
        if (_json[_at] == '"')
        {
            _at++;
            return !m.Numeric[column] && String(out var text) && Category(m.CategoryNames[column], text, out value);
        }
        var start = _at;
        if (!m.Numeric[column] || !NumberGrammar())
        {
            return false;
        }
        var number = _json[start.._at];
        return Utf8Parser.TryParse(number, out value, out var used) && used == number.Length && double.IsFinite(value)
            && m.Signature.CheckNumber(column, value) is null;
    }

    private static bool Category(byte[][] names, ReadOnlySpan<byte> text, out double value)
    {
        for (var c = 0; c < names.Length; c++)
        {
            if (text.SequenceEqual(names[c]))
            {
                value = c;
                return true;
            }
        }
        value = double.NaN;
        return false;
    }

    // After the opening quote: up to the closing one; escapes and control characters are left to the full reader.
    private bool String(out ReadOnlySpan<byte> text)
    {
        var rest = _json[_at..];
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        text = end < 0 ? default : rest[..end];
        if (end < 0 || rest[end] != '"' || text.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }
        _at += end + 1;
        return true;
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private bool NumberGrammar()
    {
        if (Peek() == '-')
        {
            _at++;
        }
        if (Peek() == '0')
        {
            _at++;
        }
        else if (Digits() == 0)
        {
            return false;
        }
        if (Peek() == '.')
        {
            _at++;
            if (Digits() == 0)
            {
                return false;
            }
        }
        if (Peek() is (byte)'e' or (byte)'E')
        {
            _at++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                _at++;
            }
            if (Digits() == 0)
            {
                return false;
            }
        }
        return true;
    }

    private int Digits()
    {
        var start = _at;
        while (Peek() is >= (byte)'0' and <= (byte)'9')
        {
            _at++;
        }
        return _at - start;
    }

    private readonly byte Peek() => _at < _json.Length ? _json[_at] : (byte)0;

    private bool Expect(byte token)
    {
        SkipSpace();
        if (_at < _json.Length && _json[_at] == token)
        {
            _at++;
            return true;
        }
        return false;
    }

    private bool Literal(ReadOnlySpan<byte> text)
    {
        if (!_json[_at..].StartsWith(text))
        {
            return false;
        }
        _at += text.Length;
        return true;
    }

    private bool AtEnd()
    {
        SkipSpace();
        return _at == _json.Length;
    }

    private void SkipSpace()
    {
        while (_at < _json.Length && _json[_at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _at++;
        }
    }
}
