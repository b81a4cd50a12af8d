namespace Mlops.Core.Tracking.Search;

/// <summary>
/// What a filter may say about one kind of searched object, as data for <see cref="SearchFilter"/>: which keyed
/// entities (metrics, params, tags) it may name and with which operators, and its attributes with theirs. One
/// instance per MLflow search endpoint (and one per order_by where its keys differ), following MLflow 2.10.2's search_utils.
/// </summary>
public sealed class SearchGrammar
{
    private readonly Dictionary<string, SearchAttribute> _byName = new(StringComparer.OrdinalIgnoreCase);

    public SearchGrammar(string subject, IReadOnlyDictionary<SearchEntity, IReadOnlyList<SearchOperator>> keyedEntities,
        IReadOnlyList<SearchAttribute> attributes)
    {
        Subject = subject;
        KeyedEntities = keyedEntities;
        Attributes = attributes;
        foreach (var attribute in attributes)
        {
            _byName[attribute.Key] = attribute;
            foreach (var alias in attribute.Aliases)
            {
                _byName[alias] = attribute;
            }
        }
    }

    /// <summary>What is searched, as error messages name it ("runs", "experiments", ...).</summary>
    public string Subject { get; }

    /// <summary>The entities other than attributes that a key may be prefixed with, and the operators each allows.</summary>
    public IReadOnlyDictionary<SearchEntity, IReadOnlyList<SearchOperator>> KeyedEntities { get; }

    public IReadOnlyList<SearchAttribute> Attributes { get; }

    /// <summary>Finds an attribute by its key or one of its aliases, ignoring case.</summary>
    public SearchAttribute? FindAttribute(string key) => _byName.GetValueOrDefault(key);

    public static SearchGrammar Runs { get; } = new("runs",
        new Dictionary<SearchEntity, IReadOnlyList<SearchOperator>>
        {
            [SearchEntity.Metric] = SearchOperatorSets.Numeric,
            [SearchEntity.Param] = SearchOperatorSets.MatchingOrList,
            [SearchEntity.Tag] = SearchOperatorSets.MatchingOrList,
        },
        RunAttributes.All);

    public static SearchGrammar Experiments { get; } = new("experiments", TagsOnly,
        [
            SearchAttribute.Text("name", SearchOperatorSets.Matching),
            SearchAttribute.Numeric("creation_time"),
            SearchAttribute.Numeric("last_update_time"),
        ]);

    public static SearchGrammar RegisteredModels { get; } = new("registered models", TagsOnly,
        [SearchAttribute.Text("name", SearchOperatorSets.Matching)]);

    /// <summary>MLflow allows IN on a version's run_id only; "version" is this server's older spelling of version_number.</summary>
    public static SearchGrammar ModelVersions { get; } = new("model versions", TagsOnly,
        [
            SearchAttribute.Text("name", SearchOperatorSets.Matching),
            SearchAttribute.Numeric("version_number", "version"),
            SearchAttribute.Text("run_id", [.. SearchOperatorSets.Matching, SearchOperator.In]),
            SearchAttribute.Text("source_path", SearchOperatorSets.Matching),
        ]);

    /// <summary>What experiments/search may be ordered by: attributes only, as MLflow's VALID_ORDER_BY_ATTRIBUTE_KEYS.</summary>
    public static SearchGrammar ExperimentOrdering { get; } = new("experiments", NoKeyedEntities,
        [
            SearchAttribute.Text("name", SearchOperatorSets.Matching),
            SearchAttribute.Numeric("experiment_id"),
            SearchAttribute.Numeric("creation_time"),
            SearchAttribute.Numeric("last_update_time"),
        ]);

    /// <summary>What model-versions/search may be ordered by: attributes only.</summary>
    public static SearchGrammar ModelVersionOrdering { get; } = new("model versions", NoKeyedEntities,
        [
            SearchAttribute.Text("name", SearchOperatorSets.Matching),
            SearchAttribute.Numeric("version_number"),
            SearchAttribute.Numeric("creation_timestamp"),
            SearchAttribute.Numeric("last_updated_timestamp"),
        ]);

    private static Dictionary<SearchEntity, IReadOnlyList<SearchOperator>> NoKeyedEntities => [];

    private static Dictionary<SearchEntity, IReadOnlyList<SearchOperator>> TagsOnly =>
        new() { [SearchEntity.Tag] = SearchOperatorSets.Matching };
}
