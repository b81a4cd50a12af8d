using System.Diagnostics;
using System.Text.Json;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Training.Tests.Models;

public class TrainStageTests
{
    [Fact]
    public void Run_WithCv_WritesModelAndTrainReport()
    {
        using var temp = new TempFolder();
        FeatureTableReader.Write(ObesityTables.Train.Subset([.. Enumerable.Range(0, 600)]), temp.File("train.csv"));
        var p = new PipelineParams
        {
            Schema = new SchemaParams { TargetClasses = [.. ObesityTables.Classes] },
            Cv = new CvParams { Folds = 3 },
            Model = TrainedModels.Small("lightgbm"),
        };

        var started = Stopwatch.GetTimestamp();
        TrainStage.Run(p, temp.File("train.csv"), temp.File("models/model.zip"), temp.File("reports/train.json"));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Assert.True(File.Exists(temp.File("models/model.zip")));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("reports/train.json")));
        var root = json.RootElement;
        Assert.Equal("lightgbm", root.GetProperty("trainer").GetString());
        Assert.Equal(600, root.GetProperty("train_rows").GetInt32());
        Assert.Equal(30, root.GetProperty("hyperparameters").GetProperty("num_iterations").GetDouble());
        // Fitting 600 rows takes well over a microsecond and never longer than the call that did it: catches a zero,
        // milliseconds written as seconds, or a clock that is never read.
        Assert.InRange(root.GetProperty("training_seconds").GetDouble(), 1e-6, elapsed);
        Assert.Equal(3, root.GetProperty("cross_validation").GetProperty("folds").GetInt32());
        Assert.True(root.GetProperty("cross_validation").GetProperty("accuracy_mean").GetDouble() > 0.7);
    }
}
