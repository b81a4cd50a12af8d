using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;

namespace Mlops.Cli.Tests.Runs;

/// <summary>`mlops predictions export`: every logged prediction, oldest first, the columns of every model.</summary>
public sealed class PredictionsExportTests
{
    private static readonly PredictionSchema First = new("m", 1, "models:/m/1",
        [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"])], ["A", "B"]);

    private static readonly PredictionSchema Second = new("m", 2, "models:/m/2",
        [new PredictionInput("Age"), new PredictionInput("Height")], ["A", "B"]);

    [Fact]
    public async Task Export_TwoModels_AllRowsInOrderWithTheUnionOfColumns()
    {
        using var ws = Workspace.Create();
        using (var store = StoreProbe.Open(ws))
        {
            var one = new PredictionBatch(First);
            one.Add(new Guid("01900000-0000-7000-8000-000000000001"), 1_700_000_000_000, [21, 1], [0.25f, 0.75f], 1, 1.5);
            one.Add(new Guid("01900000-0000-7000-8000-000000000002"), 1_700_000_000_001, [30, double.NaN], [0.5f, 0.5f], 0, 2);
            await store.PredictionLog.AppendAsync(one);
            var two = new PredictionBatch(Second);
            two.Add(new Guid("01900000-0000-7000-8000-000000000003"), 1_700_000_000_002, [40, 1.7], [1, 0], 0, 3);
            await store.PredictionLog.AppendAsync(two);
        }
        var output = ws.PathOf("out/predictions.csv");

        var result = await CliProcess.RunAsync(ws.Root, "predictions", "export", "--output", output);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Exported 3 prediction(s)", result.Stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("prediction_id,timestamp,model_name,model_version,model_uri,prediction,confidence,latency_ms,"
            + "Age,Gender,Height,probability_A,probability_B", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("01900000-0000-7000-8000-000000000001,2023-11-14T22:13:20.000Z,m,1,models:/m/1,B,0.75,1.5,21,Male,,0.25,0.75",
            lines[1], StringComparison.Ordinal);
        Assert.Contains(",30,,,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("01900000-0000-7000-8000-000000000003", lines[3], StringComparison.Ordinal);
        Assert.Contains(",40,,1.7,1,0", lines[3], StringComparison.Ordinal);
    }
}
