using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Core.Tracking.Search;

/// <summary>
/// Reads the tokens of a filter or order_by clause left to right, keeping positions for error messages; which entities
/// and attributes a key may name comes from the <paramref name="grammar"/>.
/// </summary>
internal sealed partial class FilterScanner(string text, string what, SearchGrammar grammar)
{
    private const string KeyStopChars = "=!<>(),'\"";

    public int Position { get; private set; }

    // What the partial part in FilterScanner.Identifiers.cs reads: primary-constructor parameters are scoped to this part.
    private string Source => text;

    private SearchGrammar Grammar => grammar;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return Position >= text.Length;
        }
    }

    public MlopsException Error(string message, int position, string? hint = null) =>
        MlopsException.Invalid(
            $"{message} at position {position} in {what} {ErrorText.Quote(text)} for {grammar.Subject}." + (hint is null ? "" : " " + hint));

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
}
