using Mlops.Core.Tracking;

namespace Mlops.Cli.Commands.Runs;

/// <summary>A run as printed by --json.</summary>
public sealed record RunView(
    string RunId,
    string ExperimentId,
    string RunName,
    string Status,
    long StartTime,
    long? EndTime,
    string ArtifactUri,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, string> Tags)
{
    public static RunView From(Run run) => new(run.Info.RunId, run.Info.ExperimentId, run.Info.RunName, run.Info.Status.ToString(),
        run.Info.StartTime, run.Info.EndTime, run.Info.ArtifactUri,
        new SortedDictionary<string, double>(run.Metrics.ToDictionary(m => m.Key, m => m.Value), StringComparer.Ordinal),
        new SortedDictionary<string, string>(run.Params.ToDictionary(), StringComparer.Ordinal),
        new SortedDictionary<string, string>(run.Tags.ToDictionary(), StringComparer.Ordinal));
}
