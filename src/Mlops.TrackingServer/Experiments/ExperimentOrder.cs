using Mlops.Core.Tracking.Search;

namespace Mlops.TrackingServer.Experiments;

/// <summary>
/// order_by for experiments/search, each clause parsed by Core's <see cref="SearchFilter"/>; the default is newest first,
/// then experiment id, as MLflow orders.
/// </summary>
internal static class ExperimentOrder
{
    public static Comparison<Experiment> Parse(IReadOnlyList<string>? orderBy)
    {
        var keys = new List<(Func<Experiment, IComparable> Key, bool Ascending)>();
        foreach (var clause in orderBy ?? [])
        {
            var order = SearchFilter.ParseOrderBy(clause, SearchGrammar.ExperimentOrdering);
            Func<Experiment, IComparable> key = order.Key switch
            {
                "name" => e => e.Name,
                "experiment_id" => e => long.Parse(e.ExperimentId, System.Globalization.CultureInfo.InvariantCulture),
                "creation_time" => e => e.CreationTime,
                _ => e => e.LastUpdateTime,
            };
            keys.Add((key, order.Ascending));
        }
        if (keys.Count == 0)
        {
            keys.Add((e => e.CreationTime, false));
        }
        keys.Add((e => e.ExperimentId.Length, true));
        keys.Add((e => e.ExperimentId, true));
        return (a, b) =>
        {
            foreach (var (key, ascending) in keys)
            {
                var order = key(a).CompareTo(key(b));
                if (order != 0)
                {
                    return ascending ? order : -order;
                }
            }
            return 0;
        };
    }
}
