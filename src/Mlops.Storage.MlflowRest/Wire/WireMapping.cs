using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Storage.MlflowRest.Wire;

/// <summary>Wire records to Core entities and enum names both ways; MLflow leaves empty fields out, so every field may be missing.</summary>
internal static class WireMapping
{
    public static Experiment ToExperiment(this ExperimentDto dto) => new(
        dto.ExperimentId,
        dto.Name,
        dto.ArtifactLocation ?? "",
        ParseLifecycle(dto.LifecycleStage),
        dto.CreationTime ?? 0,
        dto.LastUpdateTime ?? dto.CreationTime ?? 0,
        ToDictionary(dto.Tags));

    public static RunInfo ToRunInfo(this RunInfoDto dto, IReadOnlyDictionary<string, string>? tags = null) => new(
        dto.RunId ?? dto.RunUuid ?? throw Unexpected("run_info without run_id"),
        dto.ExperimentId,
        !string.IsNullOrEmpty(dto.RunName) ? dto.RunName
            : tags is not null && tags.TryGetValue("mlflow.runName", out var name) ? name : "",
        ParseStatus(dto.Status),
        dto.StartTime ?? 0,
        dto.EndTime,
        dto.ArtifactUri ?? "",
        ParseLifecycle(dto.LifecycleStage));

    public static Run ToRun(this RunDto dto)
    {
        var tags = ToDictionary(dto.Data?.Tags);
        return new Run(
            dto.Info.ToRunInfo(tags),
            (dto.Data?.Metrics ?? []).Select(ToMetric).ToList(),
            ToDictionary(dto.Data?.Params),
            tags);
    }

    // A protobuf-to-JSON server may leave a zero value, timestamp or step out.
    public static Metric ToMetric(this MetricDto dto) =>
        new(dto.Key ?? throw Unexpected("metric without key"), dto.Value ?? 0, dto.Timestamp ?? 0, dto.Step ?? 0);

    public static MetricDto ToDto(this Metric metric) => new(metric.Key, metric.Value, metric.Timestamp, metric.Step);

    public static ModelVersion ToModelVersion(this ModelVersionDto dto) => new(
        dto.Name,
        ParseVersion(dto.Version),
        dto.CreationTimestamp ?? 0,
        dto.LastUpdatedTimestamp ?? dto.CreationTimestamp ?? 0,
        string.IsNullOrEmpty(dto.CurrentStage) ? ModelStage.None : ModelStages.Parse(dto.CurrentStage),
        string.IsNullOrEmpty(dto.Description) ? null : dto.Description,
        dto.Source ?? "",
        string.IsNullOrEmpty(dto.RunId) ? null : dto.RunId,
        dto.Status ?? "READY",
        ToDictionary(dto.Tags),
        dto.Aliases ?? []);

    public static RegisteredModel ToRegisteredModel(this RegisteredModelDto dto) => new(
        dto.Name,
        dto.CreationTimestamp ?? 0,
        dto.LastUpdatedTimestamp ?? dto.CreationTimestamp ?? 0,
        string.IsNullOrEmpty(dto.Description) ? null : dto.Description,
        ToDictionary(dto.Tags),
        (dto.Aliases ?? []).ToDictionary(a => a.Alias, a => ParseVersion(a.Version), StringComparer.Ordinal),
        (dto.LatestVersions ?? []).Select(ToModelVersion).ToList());

    public static string ToWire(this int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ToDictionary(List<KeyValueDto>? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in values ?? [])
        {
            result[item.Key ?? throw Unexpected("tag or param without key")] = item.Value ?? "";
        }
        return result;
    }

    private static RunStatus ParseStatus(string? status) =>
        status is null ? RunStatus.Running : MlflowEnums.ParseRunStatus(status) ?? throw Unexpected($"unknown run status '{status}'");

    private static LifecycleStage ParseLifecycle(string? stage) =>
        string.IsNullOrEmpty(stage) ? LifecycleStage.Active
        : MlflowEnums.ParseLifecycleStage(stage) ?? throw Unexpected($"unknown lifecycle_stage '{stage}'");

    private static int ParseVersion(string version) =>
        int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Unexpected($"model version '{version}' is not a positive integer");

    private static MlopsException Unexpected(string what) =>
        new(ErrorCode.InternalError, $"Unexpected answer from the MLflow server: {what}.");
}
