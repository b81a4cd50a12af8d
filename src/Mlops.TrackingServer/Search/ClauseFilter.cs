using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Core.Errors;

namespace Mlops.TrackingServer.Search;

/// <summary>
/// The small filter grammar of experiments/search, registered-models/search and model-versions/search:
/// <c>attribute|tags.key  (= | != | LIKE | ILIKE | &lt; | &lt;= | &gt; | &gt;=)  'text'|number</c>, joined by AND.
/// Evaluated in memory over what the stores list (run search has its own parser in Core).
/// </summary>
internal static class ClauseFilter
{
    private static readonly string[] Operators = ["=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE"];

    public static IReadOnlyList<Clause> Parse(string? filter, IReadOnlyCollection<string> attributes, string what)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return [];
        }
        var clauses = new List<Clause>();
        var i = 0;
        while (true)
        {
            clauses.Add(ReadClause(filter, ref i, attributes, what));
            SkipSpace(filter, ref i);
            if (i >= filter.Length)
            {
                return clauses;
            }
            var word = ReadWord(filter, ref i);
            if (!word.Equals("AND", StringComparison.OrdinalIgnoreCase))
            {
                throw MlopsException.Invalid($"Invalid filter {ErrorText.Quote(filter)} for {what}: expected AND but found {ErrorText.Quote(word)} at position {i - word.Length}.");
            }
        }
    }

    public static bool Matches(IReadOnlyList<Clause> clauses, Func<Clause, string?> valueOf)
    {
        foreach (var clause in clauses)
        {
            if (!Matches(clause, valueOf(clause)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Matches(Clause clause, string? actual)
    {
        if (actual is null)
        {
            return false;
        }
        switch (clause.Operator)
        {
            case "=": return actual == clause.Value;
            case "!=": return actual != clause.Value;
            case "LIKE": return Like(actual, clause.Value, RegexOptions.None);
            case "ILIKE": return Like(actual, clause.Value, RegexOptions.IgnoreCase);
        }
        if (!double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var left)
            || !double.TryParse(clause.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var right))
        {
            return false;
        }
        return clause.Operator switch
        {
            "<" => left < right,
            "<=" => left <= right,
            ">" => left > right,
            _ => left >= right,
        };
    }

    private static bool Like(string actual, string pattern, RegexOptions options)
    {
        var regex = "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(actual, regex, options | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    private static Clause ReadClause(string filter, ref int i, IReadOnlyCollection<string> attributes, string what)
    {
        SkipSpace(filter, ref i);
        var start = i;
        var identifier = ReadWord(filter, ref i);
        bool isTag;
        string key;
        var dot = identifier.IndexOf('.', StringComparison.Ordinal);
        var prefix = dot < 0 ? "" : identifier[..dot].ToLowerInvariant();
        if (prefix is "tag" or "tags")
        {
            isTag = true;
            key = Unquote(identifier[(dot + 1)..]);
        }
        else
        {
            isTag = false;
            key = (prefix is "attribute" or "attributes" or "attr" ? identifier[(dot + 1)..] : identifier).ToLowerInvariant();
            if (!attributes.Contains(key))
            {
                throw MlopsException.Invalid(
                    $"Invalid attribute key {ErrorText.Quote(identifier)} at position {start} in filter {ErrorText.Quote(filter)} for {what}. " +
                    $"Valid keys are {string.Join(", ", attributes)} and tags.<key>.");
            }
        }
        SkipSpace(filter, ref i);
        var opStart = i;
        var op = i < filter.Length && "=!<>".Contains(filter[i], StringComparison.Ordinal)
            ? ReadWhile(filter, ref i, c => "=!<>".Contains(c, StringComparison.Ordinal))
            : ReadWord(filter, ref i).ToUpperInvariant();
        if (!Operators.Contains(op))
        {
            throw MlopsException.Invalid(
                $"Invalid comparator {ErrorText.Quote(op)} at position {opStart} in filter {ErrorText.Quote(filter)} for {what}; expected one of {string.Join(", ", Operators)}.");
        }
        SkipSpace(filter, ref i);
        var valueStart = i;
        if (i < filter.Length && filter[i] is '\'' or '"')
        {
            var quote = filter[i];
            var close = filter.IndexOf(quote, i + 1);
            if (close < 0)
            {
                throw MlopsException.Invalid($"Unterminated string at position {valueStart} in filter {ErrorText.Quote(filter)} for {what}.");
            }
            i = close + 1;
            return new Clause(isTag, key, op, filter[(valueStart + 1)..close], false);
        }
        var raw = ReadWhile(filter, ref i, c => !char.IsWhiteSpace(c));
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw MlopsException.Invalid(
                $"Invalid value {ErrorText.Quote(raw)} at position {valueStart} in filter {ErrorText.Quote(filter)} for {what}: expected a quoted string or a number.");
        }
        return new Clause(isTag, key, op, raw, true);
    }

    private static string Unquote(string key) =>
        key.Length >= 2 && key[0] is '`' or '"' && key[^1] == key[0] ? key[1..^1] : key;

    private static string ReadWord(string text, ref int i)
    {
        if (i < text.Length && text[i] == '`')
        {
            var close = text.IndexOf('`', i + 1);
            var end = close < 0 ? text.Length : close + 1;
            var word = text[i..end];
            i = end;
            return word;
        }
        // A backticked key after "tags." may contain spaces.
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !"=!<>'\"".Contains(text[i], StringComparison.Ordinal))
        {
            if (text[i] == '`')
            {
                var close = text.IndexOf('`', i + 1);
                i = close < 0 ? text.Length : close + 1;
                continue;
            }
            i++;
        }
        return text[start..i];
    }

    private static string ReadWhile(string text, ref int i, Func<char, bool> accept)
    {
        var start = i;
        while (i < text.Length && accept(text[i]))
        {
            i++;
        }
        return text[start..i];
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
