using Mlops.Core.Tracking;

namespace Mlops.Web.Runs;

/// <summary>The metric, param and tag keys present on a page of runs, sorted: what the column chooser offers.</summary>
public sealed record RunColumnChoices(IReadOnlyList<RunColumn> Metrics, IReadOnlyList<RunColumn> Params, IReadOnlyList<RunColumn> Tags)
{
    public static RunColumnChoices Empty { get; } = new([], [], []);

    public static RunColumnChoices Of(IReadOnlyList<Run> runs) => new(
        Columns(RunColumn.Metrics, runs.SelectMany(r => r.Metrics.Select(m => m.Key))),
        Columns(RunColumn.Params, runs.SelectMany(r => r.Params.Keys)),
        // mlflow.* tags are the client's bookkeeping (user, source, log-model history): offered, but last.
        Columns(RunColumn.Tags, runs.SelectMany(r => r.Tags.Keys)).OrderBy(c => c.Key.StartsWith("mlflow.", StringComparison.Ordinal)).ToList());

    private static List<RunColumn> Columns(string entity, IEnumerable<string> keys) =>
        [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => new RunColumn(entity, k))];
}
