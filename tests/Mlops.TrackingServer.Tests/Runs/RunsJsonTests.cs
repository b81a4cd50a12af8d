using System.Text;
using System.Text.Json;
using Mlops.Core.Tracking;
using Mlops.Mlflow.Wire;
using Mlops.Mlflow.Wire.Json;
using Mlops.Mlflow.Wire.Runs;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Runs;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Tests.Runs;

public sealed class RunsJsonTests
{
    [Fact]
    public void WriteSearchResponse_RunsWithEdgeValues_SameBytesAsTheSerializer()
    {
        var locations = new ArtifactLocations(Path.Combine(Path.GetTempPath(), "mlops-runsjson"));
        var runs = new[]
        {
            new Run(new RunInfo("a1", "3", "first", RunStatus.Finished, 10, 20, Path.Combine(locations.Root, "3", "a1", "artifacts"), LifecycleStage.Active),
                [new Metric("acc", 0.25, 5, 1), new Metric("loss", double.NaN, 6, 2), new Metric("inf", double.NegativeInfinity, 7)],
                new Dictionary<string, string> { ["lr"] = "0.1", ["quote\"d"] = "é" }, new Dictionary<string, string> { ["team"] = "a" }),
            new Run(new RunInfo("b2", "3", "second", RunStatus.Running, 11, null, "s3://bucket/b2", LifecycleStage.Deleted),
                [], new Dictionary<string, string>(), new Dictionary<string, string>()),
        };
        var inputs = new Dictionary<string, List<DatasetInputDto>>
        {
            ["b2"] = [new DatasetInputDto([new KeyValueDto("context", "train")], new DatasetDto("d", "abc", "local", "{}", null, null))],
        };
        var expected = JsonSerializer.Serialize(
            new SearchRunsResponse([.. runs.Select(r => RunWire.From(r, locations, inputs.GetValueOrDefault(r.Info.RunId)))], "tok"),
            MlflowJsonContext.Default.SearchRunsResponse);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            RunsJson.WriteSearchResponse(writer, runs, inputs, "tok", locations);
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
