using System.Text.Json;
using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Runs;

/// <summary>
/// Writes a runs/search answer straight from the store's <see cref="Run"/>s, in exactly the shape the
/// source-generated <see cref="SearchRunsResponse"/> has: a page of 1,000 runs is about 12,000 values, and building
/// a wire copy of every run first cost as much as writing it.
/// </summary>
internal static class RunsJson
{
    public static void WriteSearchResponse(Utf8JsonWriter w, IReadOnlyList<Run> runs,
        IReadOnlyDictionary<string, List<DatasetInputDto>> inputs, string? nextPageToken, ArtifactLocations locations)
    {
        w.WriteStartObject();
        if (runs.Count > 0)
        {
            w.WriteStartArray("runs"u8);
            foreach (var run in runs)
            {
                WriteRun(w, run, inputs.GetValueOrDefault(run.Info.RunId), locations);
            }
            w.WriteEndArray();
        }
        if (nextPageToken is not null)
        {
            w.WriteString("next_page_token"u8, nextPageToken);
        }
        w.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter w, Run run, List<DatasetInputDto>? inputs, ArtifactLocations locations)
    {
        var info = run.Info;
        w.WriteStartObject();
        w.WriteStartObject("info"u8);
        w.WriteString("run_uuid"u8, info.RunId);
        w.WriteString("experiment_id"u8, info.ExperimentId);
        w.WriteString("run_name"u8, info.RunName);
        w.WriteString("user_id"u8, RunWire.UserId(run.Tags));
        w.WriteString("status"u8, MlflowEnums.Of(info.Status));
        w.WriteNumber("start_time"u8, info.StartTime);
        if (info.EndTime is { } end)
        {
            w.WriteNumber("end_time"u8, end);
        }
        w.WriteString("artifact_uri"u8, locations.ToWire(info.ArtifactUri));
        w.WriteString("lifecycle_stage"u8, MlflowEnums.Of(info.LifecycleStage));
        w.WriteString("run_id"u8, info.RunId);
        w.WriteEndObject();

        w.WriteStartObject("data"u8);
        if (run.Metrics.Count > 0)
        {
            w.WriteStartArray("metrics"u8);
            foreach (var m in run.Metrics)
            {
                w.WriteStartObject();
                w.WriteString("key"u8, m.Key);
                WriteDouble(w, m.Value);
                w.WriteNumber("timestamp"u8, m.Timestamp);
                w.WriteNumber("step"u8, m.Step);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteKeyValues(w, "params"u8, run.Params);
        WriteKeyValues(w, "tags"u8, run.Tags);
        w.WriteEndObject();

        w.WritePropertyName("inputs"u8);
        if (inputs is null || inputs.Count == 0)
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }
        else
        {
            JsonSerializer.Serialize(w, new RunInputsDto(inputs), MlflowJsonContext.Default.RunInputsDto);
        }
        w.WriteEndObject();
    }

    private static void WriteKeyValues(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var (key, value) in values)
        {
            w.WriteStartObject();
            w.WriteString("key"u8, key);
            w.WriteString("value"u8, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>NaN and infinities as the strings protobuf JSON (and the source-generated serializer) writes.</summary>
    private static void WriteDouble(Utf8JsonWriter w, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber("value"u8, value);
        }
        else
        {
            w.WriteString("value"u8, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
