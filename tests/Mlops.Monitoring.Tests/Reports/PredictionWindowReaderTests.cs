using Mlops.Core.Predictions;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class PredictionWindowReaderTests
{
    private static ReferenceProfile Profile()
    {
        var builder = new ReferenceProfileBuilder(1);
        var held = HeldOutProfiler.Build(["no", "yes"], [0], [0], [1f, 0f], new HeldOutMetrics(1, 1, new Dictionary<string, double>()));
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, 1, [builder.Numeric("x", [1]), builder.Categorical("c", ["a"], ["a", "b"])], held);
    }

    [Fact]
    public async Task ReadAsync_InputsInAnyOrderWithGaps_FillsColumnsAndCountsMissing()
    {
        var log = new MemoryPredictionLog();
        string[] inputs =
        [
            """{"x": 1.5, "c": "b"}""",
            """{"c": "a", "x": "2.5", "extra": [1, {"y": 2}]}""",
            """{"c": "caf\u00e9", "x": null}""",
            """{}""",
        ];
        var time = DateTimeOffset.UnixEpoch;
        foreach (var (json, i) in inputs.Select((j, i) => (j, i)))
        {
            log.Add(new PredictionRecord($"id{i}", time.AddSeconds(i), "m", 2, "models:/m/2", json, "no", 0.8, "{}", 1));
        }

        var window = await PredictionWindowReader.ReadAsync(log, new WindowSelection("m"), Profile());

        var x = window.Inputs[0];
        var c = window.Inputs[1];
        Assert.Equal([2.5, 1.5], x.Values); // newest first
        Assert.Equal(2, x.Missing);
        Assert.Equal((1L, 1L, 1L), (c.Counts["a"], c.Counts["b"], c.Counts["café"]));
        Assert.Equal(1, c.Missing);
        Assert.Equal(4, window.Rows);
        Assert.Equal(4, window.RowsByVersion[2]);
        Assert.Equal((time, time.AddSeconds(3)), (window.From!.Value, window.To!.Value));
    }

    [Fact]
    public async Task ReadAsync_SinceAndMaxRows_NewestRowsAfterTheCutOnly()
    {
        var log = new MemoryPredictionLog();
        var time = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < 10; i++)
        {
            log.Add(new PredictionRecord($"id{i}", time.AddMinutes(i), "m", 1, "u", """{"x":1,"c":"a"}""", "no", 0.8, "{}", 1));
        }

        var since = await PredictionWindowReader.ReadAsync(log, new WindowSelection("m") { Since = time.AddMinutes(6) }, Profile());
        var both = await PredictionWindowReader.ReadAsync(log, new WindowSelection("m") { Since = time.AddMinutes(2), MaxRows = 3 }, Profile());

        Assert.Equal(["id9", "id8", "id7", "id6"], since.Ids);
        Assert.Equal(["id9", "id8", "id7"], both.Ids);
    }

    [Fact]
    public async Task ReadAsync_TimesOutOfLogOrder_RangeIsTheTimesRange()
    {
        // Concurrent requests are logged as they finish, so the oldest prediction need not be the last one read.
        var log = new MemoryPredictionLog();
        var time = DateTimeOffset.UnixEpoch;
        foreach (var (minute, i) in new[] { 1, 0, 3, 2 }.Select((m, i) => (m, i)))
        {
            log.Add(new PredictionRecord($"id{i}", time.AddMinutes(minute), "m", 1, "u", """{"x":1,"c":"a"}""", "no", 0.8, "{}", 1));
        }

        var window = await PredictionWindowReader.ReadAsync(log, new WindowSelection("m"), Profile());

        Assert.Equal(["id3", "id2", "id1", "id0"], window.Ids);
        Assert.Equal((time, time.AddMinutes(3)), (window.From!.Value, window.To!.Value));
    }
}
