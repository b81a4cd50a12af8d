using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Core.Tracking.Search;

/// <summary>Reads the tokens of a filter or order_by clause left to right, keeping positions for error messages.</summary>
internal sealed class FilterScanner(string text, string what)
{
    private const string KeyStopChars = "=!<>(),'\"";

    public int Position { get; private set; }

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return Position >= text.Length;
        }
    }

    public MlopsException Error(string message, int position, string? hint = null) =>
        MlopsException.Invalid($"{message} at position {position} in {what} {ErrorText.Quote(text)}." + (hint is null ? "" : " " + hint));

    /// <summary>Reads <c>entity.key</c> (key optionally in backticks or double quotes); a bare name is an attribute.</summary>
    public (SearchEntity Entity, string Key, int Position) ReadIdentifier()
    {
        SkipWhitespace();
        var start = Position;
        var word = ReadWhile(c => char.IsAsciiLetter(c) || c == '_');
        if (word.Length == 0)
        {
            throw Error($"Expected an identifier such as metrics.accuracy but found '{Snippet(start)}'", start);
        }
        if (Position >= text.Length || text[Position] != '.')
        {
            return (SearchEntity.Attribute, NormalizeAttribute(word, start), start);
        }
        var entity = ParseEntity(word, start);
        Position++;
        var keyStart = Position;
        var key = Position < text.Length && text[Position] is '`' or '"'
            ? ReadQuoted(text[Position])
            : ReadWhile(c => !char.IsWhiteSpace(c) && !KeyStopChars.Contains(c));
        if (key.Length == 0)
        {
            throw Error($"Expected a key after {ErrorText.Quote(word + ".")}", keyStart);
        }
        return entity == SearchEntity.Attribute ? (entity, NormalizeAttribute(key, keyStart), start) : (entity, key, start);
    }

    /// <summary>Reads a symbolic comparator (a run of = ! &lt; &gt;) or a word comparator (LIKE, ILIKE, IN, NOT IN).</summary>
    public (string Token, int Position) ReadComparator()
    {
        SkipWhitespace();
        var start = Position;
        var token = ReadWhile(c => c is '=' or '!' or '<' or '>');
        if (token.Length > 0)
        {
            return (token, start);
        }
        token = ReadWhile(char.IsAsciiLetter);
        if (token.Equals("NOT", StringComparison.OrdinalIgnoreCase))
        {
            SkipWhitespace();
            token += " " + ReadWhile(char.IsAsciiLetter);
        }
        return (token.Length > 0 ? token : Snippet(start), start);
    }

    /// <summary>Reads a quoted string, a parenthesised list of quoted strings, or a bare number.</summary>
    public (double? Number, string? Text, IReadOnlyList<string>? Items, int Position) ReadValue()
    {
        SkipWhitespace();
        var start = Position;
        if (Position >= text.Length)
        {
            throw Error("Expected a value but the filter ended", start);
        }
        var c = text[Position];
        if (c is '\'' or '"')
        {
            return (null, ReadQuoted(c), null, start);
        }
        if (c == '(')
        {
            return (null, null, ReadList(), start);
        }
        var raw = ReadWhile(ch => !char.IsWhiteSpace(ch) && ch != ')');
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (number, null, null, start);
        }
        throw Error($"Expected a number or a quoted string but found {ErrorText.Quote(raw)}", start);
    }

    /// <summary>Consumes <paramref name="word"/> (case-insensitive) when it stands alone at the current position.</summary>
    public bool TryReadWord(string word)
    {
        SkipWhitespace();
        var end = Position + word.Length;
        if (end > text.Length || !text.AsSpan(Position, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            || (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '('))
        {
            return false;
        }
        Position = end;
        return true;
    }

    public string Snippet(int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private IReadOnlyList<string> ReadList()
    {
        Position++;
        var items = new List<string>();
        while (true)
        {
            SkipWhitespace();
            if (Position >= text.Length || text[Position] is not ('\'' or '"'))
            {
                throw Error($"Expected a quoted string in the list but found '{Snippet(Position)}'", Position);
            }
            items.Add(ReadQuoted(text[Position]));
            SkipWhitespace();
            if (Position < text.Length && text[Position] == ',')
            {
                Position++;
                continue;
            }
            if (Position < text.Length && text[Position] == ')')
            {
                Position++;
                return items;
            }
            throw Error("Expected ',' or ')' in the list", Position);
        }
    }

    private string ReadQuoted(char quote)
    {
        var start = Position;
        var close = text.IndexOf(quote, start + 1);
        if (close < 0)
        {
            throw Error($"Unterminated {quote} quote", start);
        }
        Position = close + 1;
        return text[(start + 1)..close];
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = Position;
        while (Position < text.Length && accept(text[Position]))
        {
            Position++;
        }
        return text[start..Position];
    }

    private void SkipWhitespace()
    {
        while (Position < text.Length && char.IsWhiteSpace(text[Position]))
        {
            Position++;
        }
    }

    private SearchEntity ParseEntity(string word, int position) => word.ToLowerInvariant() switch
    {
        "metric" or "metrics" => SearchEntity.Metric,
        "param" or "params" or "parameter" or "parameters" => SearchEntity.Param,
        "tag" or "tags" => SearchEntity.Tag,
        "attribute" or "attributes" or "attr" or "run" => SearchEntity.Attribute,
        _ => throw Error($"Invalid entity type {ErrorText.Quote(word)}; expected metrics, params, tags or attributes", position),
    };

    private string NormalizeAttribute(string key, int position) =>
        RunAttributes.TryNormalize(key, out var canonical)
            ? canonical
            : throw Error($"Invalid attribute key {ErrorText.Quote(key)}; valid keys are {string.Join(", ", RunAttributes.Names)}", position);
}
