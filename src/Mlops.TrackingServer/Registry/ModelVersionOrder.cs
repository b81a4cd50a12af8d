using Mlops.Core.Registry;
using Mlops.Core.Tracking.Search;

namespace Mlops.TrackingServer.Registry;

/// <summary>
/// order_by for model-versions/search (each clause parsed by Core's <see cref="SearchFilter"/>) as MLflow 2.10.2's SQL
/// store: default last_updated_timestamp DESC, name ASC, version_number DESC; name ASC and version_number DESC break ties
/// unless already named; a key named twice is an error.
/// </summary>
internal static class ModelVersionOrder
{
    private static readonly string[] Default = ["last_updated_timestamp DESC", "name ASC", "version_number DESC"];

    public static Comparison<ModelVersion> Parse(IReadOnlyList<string>? orderBy)
    {
        var clauses = orderBy is { Count: > 0 } ? orderBy : Default;
        var keys = new List<(string Key, bool Ascending)>();
        foreach (var clause in clauses)
        {
            var (_, key, ascending) = SearchFilter.ParseOrderBy(clause, SearchGrammar.ModelVersionOrdering);
            if (keys.Any(k => k.Key == key))
            {
                throw MlopsException.Invalid($"`order_by` contains duplicate fields: [{string.Join(", ", clauses.Select(c => $"'{c}'"))}]");
            }
            keys.Add((key, ascending));
        }
        if (keys.All(k => k.Key != "name"))
        {
            keys.Add(("name", true));
        }
        if (keys.All(k => k.Key != "version_number"))
        {
            keys.Add(("version_number", false));
        }
        return (a, b) =>
        {
            foreach (var (key, ascending) in keys)
            {
                var order = Compare(key, a, b);
                if (order != 0)
                {
                    return ascending ? order : -order;
                }
            }
            return 0;
        };
    }

    private static int Compare(string key, ModelVersion a, ModelVersion b) => key switch
    {
        "name" => string.CompareOrdinal(a.Name, b.Name),
        "version_number" => a.Version.CompareTo(b.Version),
        "creation_timestamp" => a.CreationTimestamp.CompareTo(b.CreationTimestamp),
        _ => a.LastUpdatedTimestamp.CompareTo(b.LastUpdatedTimestamp),
    };
}
