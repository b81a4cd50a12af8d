using Mlops.Core.Errors;

namespace Mlops.Core.Tracking.Search;

/// <summary>Identifiers: the entity prefix and the attribute a key names, checked against the grammar.</summary>
internal sealed partial class FilterScanner
{
    /// <summary>
    /// Reads <c>entity.key</c> (key optionally in backticks or double quotes); a bare name is an attribute, returned
    /// with its canonical key and its <see cref="SearchAttribute"/>.
    /// </summary>
    public (SearchEntity Entity, string Key, SearchAttribute? Attribute, int Position) ReadIdentifier()
    {
        SkipWhitespace();
        var start = Position;
        var word = ReadWhile(c => char.IsAsciiLetter(c) || c == '_');
        if (word.Length == 0)
        {
            throw Error($"Expected an identifier such as metrics.accuracy but found '{Snippet(start)}'", start);
        }
        if (Position >= Source.Length || Source[Position] != '.')
        {
            var bare = FindAttribute(word, start);
            return (SearchEntity.Attribute, bare.Key, bare, start);
        }
        var entity = ParseEntity(word, start);
        Position++;
        var keyStart = Position;
        var key = Position < Source.Length && Source[Position] is '`' or '"'
            ? ReadQuoted(Source[Position])
            : ReadWhile(c => !char.IsWhiteSpace(c) && !KeyStopChars.Contains(c));
        if (key.Length == 0)
        {
            throw Error($"Expected a key after {ErrorText.Quote(word + ".")}", keyStart);
        }
        if (entity != SearchEntity.Attribute)
        {
            return (entity, key, null, start);
        }
        var attribute = FindAttribute(key, keyStart);
        return (entity, attribute.Key, attribute, start);
    }

    private SearchEntity ParseEntity(string word, int position)
    {
        SearchEntity? entity = word.ToLowerInvariant() switch
        {
            "metric" or "metrics" => SearchEntity.Metric,
            "param" or "params" or "parameter" or "parameters" => SearchEntity.Param,
            "tag" or "tags" => SearchEntity.Tag,
            "attribute" or "attributes" or "attr" or "run" => SearchEntity.Attribute,
            _ => null,
        };
        if (entity is { } known && (known == SearchEntity.Attribute || Grammar.KeyedEntities.ContainsKey(known)))
        {
            return known;
        }
        var expected = Grammar.KeyedEntities.Keys.Order().Select(EntityName).Append("attributes").ToArray();
        var choices = expected.Length == 1 ? expected[0] : $"{string.Join(", ", expected[..^1])} or {expected[^1]}";
        throw Error($"Invalid entity type {ErrorText.Quote(word)}; expected {choices}", position);
    }

    private static string EntityName(SearchEntity entity) => entity switch
    {
        SearchEntity.Metric => "metrics",
        SearchEntity.Param => "params",
        SearchEntity.Tag => "tags",
        _ => "attributes",
    };

    private SearchAttribute FindAttribute(string key, int position) =>
        Grammar.FindAttribute(key)
            ?? throw Error($"Invalid attribute key {ErrorText.Quote(key)}; valid keys are {AttributeKeys}", position);

    private string AttributeKeys => string.Join(", ", Grammar.Attributes.Select(a => a.Key));
}
