using Mlops.Core.Tracking;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Runs;

internal static class RunWire
{
    private static readonly WireRunInputs NoInputs = new(null);

    /// <summary>MLflow's clients send the user both as user_id and as this tag; the store keeps the tag.</summary>
    public const string UserTag = "mlflow.user";

    public static string UserId(IReadOnlyDictionary<string, string> tags) => tags.GetValueOrDefault(UserTag) ?? "";

    public static WireRunInfo From(RunInfo info, ArtifactLocations locations, string userId) => new(
        info.RunId, info.ExperimentId, info.RunName, userId, WireEnums.Of(info.Status), info.StartTime, info.EndTime,
        locations.ToWire(info.ArtifactUri), WireEnums.Of(info.LifecycleStage), info.RunId);

    public static WireRun From(Run run, ArtifactLocations locations, IReadOnlyList<WireDatasetInput>? inputs) => new(
        From(run.Info, locations, UserId(run.Tags)),
        new WireRunData(Metrics(run.Metrics), KeyValues.From(run.Params), KeyValues.From(run.Tags)),
        inputs is null || inputs.Count == 0 ? NoInputs : new WireRunInputs([.. inputs]));

    public static List<WireMetric>? Metrics(IReadOnlyList<Metric> metrics)
    {
        if (metrics.Count == 0)
        {
            return null;
        }
        var list = new List<WireMetric>(metrics.Count);
        foreach (var m in metrics)
        {
            list.Add(new WireMetric(m.Key, m.Value, m.Timestamp, m.Step));
        }
        return list;
    }

    public static string RunId(string? runId, string? runUuid) =>
        !string.IsNullOrEmpty(runId) ? runId : WireRequest.Required(runUuid, "run_id");
}
