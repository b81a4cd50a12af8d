using Mlops.Core.Errors;

namespace Mlops.Core.Tracking.Search;

/// <summary>
/// Parses MLflow's filter grammar (<c>metrics.accuracy &gt; 0.9 and params.model = 'lightgbm'</c>) and order_by
/// clauses, for runs by default and for any other search through its <see cref="SearchGrammar"/>. Errors are
/// <see cref="ErrorCode.InvalidParameterValue"/> naming the token and its zero-based position.
/// </summary>
public static class SearchFilter
{
    private static readonly Dictionary<string, SearchOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["="] = SearchOperator.Equal,
        ["!="] = SearchOperator.NotEqual,
        ["<"] = SearchOperator.Less,
        ["<="] = SearchOperator.LessOrEqual,
        [">"] = SearchOperator.Greater,
        [">="] = SearchOperator.GreaterOrEqual,
        ["LIKE"] = SearchOperator.Like,
        ["ILIKE"] = SearchOperator.ILike,
        ["IN"] = SearchOperator.In,
        ["NOT IN"] = SearchOperator.NotIn,
    };

    /// <summary>Parses a runs/search filter into comparisons joined by AND; null or blank means no filter.</summary>
    public static IReadOnlyList<SearchComparison> Parse(string? filter) => Parse(filter, SearchGrammar.Runs);

    /// <summary>Parses a filter of <paramref name="grammar"/>'s search into comparisons joined by AND; null or blank means no filter.</summary>
    public static IReadOnlyList<SearchComparison> Parse(string? filter, SearchGrammar grammar)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return [];
        }
        var scanner = new FilterScanner(filter, "filter", grammar);
        var comparisons = new List<SearchComparison> { ReadComparison(scanner, grammar) };
        while (!scanner.AtEnd)
        {
            var position = scanner.Position;
            if (scanner.TryReadWord("OR"))
            {
                throw scanner.Error("OR is not supported; join comparisons with AND", position);
            }
            if (!scanner.TryReadWord("AND"))
            {
                throw scanner.Error($"Expected AND but found '{scanner.Snippet(position)}'", position);
            }
            if (scanner.AtEnd)
            {
                throw scanner.Error("Expected a comparison after AND", scanner.Position);
            }
            comparisons.Add(ReadComparison(scanner, grammar));
        }
        return comparisons;
    }

    /// <summary>Parses one runs/search order_by clause: an identifier followed by an optional ASC or DESC.</summary>
    public static SearchOrder ParseOrderBy(string clause) => ParseOrderBy(clause, SearchGrammar.Runs);

    /// <summary>Parses one order_by clause of <paramref name="grammar"/>'s search.</summary>
    public static SearchOrder ParseOrderBy(string clause, SearchGrammar grammar)
    {
        var scanner = new FilterScanner(clause, "order_by clause", grammar);
        var (entity, key, _, _) = scanner.ReadIdentifier();
        var ascending = true;
        if (scanner.TryReadWord("DESC"))
        {
            ascending = false;
        }
        else
        {
            scanner.TryReadWord("ASC");
        }
        if (!scanner.AtEnd)
        {
            throw scanner.Error($"Expected ASC or DESC but found '{scanner.Snippet(scanner.Position)}'", scanner.Position);
        }
        return new SearchOrder(entity, key, ascending);
    }

    private static SearchComparison ReadComparison(FilterScanner scanner, SearchGrammar grammar)
    {
        var (entity, key, attribute, _) = scanner.ReadIdentifier();
        var numeric = entity == SearchEntity.Metric || attribute is { IsNumeric: true };
        var allowed = attribute?.Operators ?? grammar.KeyedEntities[entity];
        var (token, opPosition) = scanner.ReadComparator();
        if (!Operators.TryGetValue(token, out var op) || !allowed.Contains(op))
        {
            throw scanner.Error($"Invalid comparator '{token}'", opPosition,
                $"{Describe(entity, key)} accepts one of {string.Join(", ", allowed.Select(Symbol))}.");
        }
        var (number, text, items, valuePosition) = scanner.ReadValue();
        if (numeric && number is null)
        {
            throw scanner.Error($"Expected a numeric value for {Describe(entity, key)}", valuePosition);
        }
        if (!numeric && op is SearchOperator.In or SearchOperator.NotIn && items is null)
        {
            throw scanner.Error($"Expected a parenthesised list of quoted strings after {token}", valuePosition);
        }
        if (!numeric && op is not (SearchOperator.In or SearchOperator.NotIn) && text is null)
        {
            throw scanner.Error($"Expected a quoted string value for {Describe(entity, key)}", valuePosition, "Use single or double quotes.");
        }
        return new SearchComparison(entity, key, op, number, text, items);
    }

    private static string Symbol(SearchOperator op) => Operators.First(pair => pair.Value == op).Key;

    private static string Describe(SearchEntity entity, string key) => entity switch
    {
        SearchEntity.Metric => $"metrics.{key}",
        SearchEntity.Param => $"params.{key}",
        SearchEntity.Tag => $"tags.{key}",
        _ => $"attributes.{key}",
    };
}
