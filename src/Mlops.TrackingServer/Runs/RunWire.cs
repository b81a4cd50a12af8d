using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Runs;

internal static class RunWire
{
    private static readonly RunInputsDto NoInputs = new(null);

    /// <summary>MLflow's clients send the user both as user_id and as this tag; the store keeps the tag.</summary>
    public const string UserTag = "mlflow.user";

    public static string UserId(IReadOnlyDictionary<string, string> tags) => tags.GetValueOrDefault(UserTag) ?? "";

    public static RunInfoDto From(RunInfo info, ArtifactLocations locations, string userId) => new(
        info.RunId, info.ExperimentId, info.RunName, userId, MlflowEnums.Of(info.Status), info.StartTime, info.EndTime,
        locations.ToWire(info.ArtifactUri), MlflowEnums.Of(info.LifecycleStage), info.RunId);

    public static RunDto From(Run run, ArtifactLocations locations, IReadOnlyList<DatasetInputDto>? inputs) => new(
        From(run.Info, locations, UserId(run.Tags)),
        new RunDataDto(Metrics(run.Metrics), KeyValueDto.ListOf(run.Params), KeyValueDto.ListOf(run.Tags)),
        inputs is null || inputs.Count == 0 ? NoInputs : new RunInputsDto([.. inputs]));

    public static List<MetricDto>? Metrics(IReadOnlyList<Metric> metrics)
    {
        if (metrics.Count == 0)
        {
            return null;
        }
        var list = new List<MetricDto>(metrics.Count);
        foreach (var m in metrics)
        {
            list.Add(new MetricDto(m.Key, m.Value, m.Timestamp, m.Step));
        }
        return list;
    }

    public static string RunId(string? runId, string? runUuid) =>
        !string.IsNullOrEmpty(runId) ? runId : WireRequest.Required(runUuid, "run_id");
}
