using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Models;
using Mlops.Training.Scoring;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Scoring;

/// <summary>The train stage hands its compiled model to later Load calls of the same bytes; anything else loads from the zip.</summary>
public class ModelScorerReuseTests
{
    private static readonly IReadOnlyList<string> Classes = ObesityTables.Classes;

    [Fact]
    public void Load_ZipJustWrittenByTrainStage_ScoresLikeTheZipLoadedByMlNet()
    {
        using var temp = new TempFolder();
        var zip = TrainViaStage(temp, "lightgbm");

        using var reused = CompiledModelCache.Load(zip, Classes);
        using var loaded = ModelScorer.FromModel(TrainedModel.Load(zip, Classes));

        Assert.True(reused.IsCompiled);
        Assert.Equal(Batch(loaded), Batch(reused));
    }

    [Fact]
    public void Load_ZipReplacedByAnotherModel_ScoresTheReplacement()
    {
        using var temp = new TempFolder();
        var zip = TrainViaStage(temp, "lightgbm");
        ModelTrainer.Train(TrainedModels.Small("fasttree"), Classes, TrainedModels.TrainSample).Save(zip);

        using var scorer = CompiledModelCache.Load(zip, Classes);
        using var expected = ModelScorer.FromModel(TrainedModel.Load(zip, Classes));

        Assert.Equal(Batch(expected), Batch(scorer));
    }

    private static string TrainViaStage(TempFolder temp, string trainer)
    {
        FeatureTableReader.Write(ObesityTables.Train.Subset([.. Enumerable.Range(0, 400)]), temp.File("train.csv"));
        var p = new PipelineParams
        {
            Schema = new SchemaParams { TargetClasses = [.. Classes] },
            Model = TrainedModels.Small(trainer),
        };
        TrainStage.Run(p, temp.File("train.csv"), temp.File("model.zip"), temp.File("train.json"));
        return temp.File("model.zip");
    }

    private static float[] Batch(ModelScorer scorer)
    {
        var test = ObesityTables.Test;
        var probabilities = new float[test.Rows * Classes.Count];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, new int[test.Rows]);
        return probabilities;
    }
}
