using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.TrackingServer.Experiments;

/// <summary>order_by for experiments/search; the default is newest first, then experiment id, as MLflow orders.</summary>
internal static class ExperimentOrder
{
    public static Comparison<Experiment> Parse(IReadOnlyList<string>? orderBy)
    {
        var keys = new List<(Func<Experiment, IComparable> Key, bool Ascending)>();
        foreach (var clause in orderBy ?? [])
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ascending = parts.Length < 2 || !parts[1].Equals("DESC", StringComparison.OrdinalIgnoreCase);
            if (parts.Length is 0 or > 2 || (parts.Length == 2 && ascending && !parts[1].Equals("ASC", StringComparison.OrdinalIgnoreCase)))
            {
                throw MlopsException.Invalid($"Invalid order_by clause {ErrorText.Quote(clause)}. Expected an attribute optionally followed by ASC or DESC.");
            }
            var attribute = parts[0].StartsWith("attributes.", StringComparison.OrdinalIgnoreCase) ? parts[0]["attributes.".Length..] : parts[0];
            Func<Experiment, IComparable> key = attribute.ToLowerInvariant() switch
            {
                "name" => e => e.Name,
                "experiment_id" => e => long.Parse(e.ExperimentId, System.Globalization.CultureInfo.InvariantCulture),
                "creation_time" => e => e.CreationTime,
                "last_update_time" => e => e.LastUpdateTime,
                _ => throw MlopsException.Invalid(
                    $"Invalid order_by key {ErrorText.Quote(parts[0])} in clause {ErrorText.Quote(clause)}. Valid keys are name, experiment_id, creation_time, last_update_time."),
            };
            keys.Add((key, ascending));
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
