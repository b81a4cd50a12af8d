using Mlops.Core.Hashing;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Models;
using Mlops.Training.Scoring;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Scoring;

/// <summary>The train stage's compiled-ensemble file is what later stages score with; any other zip bytes load from the zip.</summary>
public class ModelScorerReuseTests
{
    private static readonly IReadOnlyList<string> Classes = ObesityTables.Classes;

    [Fact]
    public void Load_CompiledFileOfTrainStage_ScoresLikeTheZipLoadedByMlNet()
    {
        using var temp = new TempFolder();
        var (zip, trees) = TrainViaStage(temp, "lightgbm");

        using var reused = CompiledModelFile.Load(zip, trees, Classes, ObesityTables.Test.Width);
        using var loaded = ModelScorer.FromModel(TrainedModel.Load(zip, Classes), allowCompiled: false);

        Assert.True(CompiledModelFile.HasEnsemble(trees));
        Assert.Equal(Batch(loaded), Batch(reused), new RoundedEquality());
    }

    [Fact]
    public void Load_CompiledFileTaggedWithTheZip_IsScoredInsteadOfTheZip()
    {
        // A different ensemble tagged with the zip's hash: if Load read the zip, it would score the zip's model.
        using var temp = new TempFolder();
        var (zip, trees) = TrainViaStage(temp, "lightgbm");
        var other = ModelTrainer.Train(TrainedModels.Small("fasttree"), Classes, TrainedModels.TrainSample);
        using (var compiledOther = ModelScorer.TryCompile(other)!)
        {
            Assert.True(compiledOther.TrySaveCompiled(trees, ContentHash.OfFile(zip)));
        }

        using var scorer = CompiledModelFile.Load(zip, trees, Classes, ObesityTables.Test.Width);
        using var expected = ModelScorer.FromModel(other);

        Assert.Equal(Batch(expected), Batch(scorer));
    }

    [Fact]
    public void Load_ZipReplacedByAnotherModel_ScoresTheReplacement()
    {
        using var temp = new TempFolder();
        var (zip, trees) = TrainViaStage(temp, "lightgbm");
        ModelTrainer.Train(TrainedModels.Small("fasttree"), Classes, TrainedModels.TrainSample).Save(zip);

        using var scorer = CompiledModelFile.Load(zip, trees, Classes, ObesityTables.Test.Width);
        using var expected = ModelScorer.FromModel(TrainedModel.Load(zip, Classes));

        Assert.Equal(Batch(expected), Batch(scorer));
    }

    [Fact]
    public void Save_ModelWithoutEnsemble_WritesEmptyMarkerAndLoadUsesTheZip()
    {
        using var temp = new TempFolder();
        var (zip, trees) = TrainViaStage(temp, "sdca");

        using var scorer = CompiledModelFile.Load(zip, trees, Classes, ObesityTables.Test.Width);
        using var expected = ModelScorer.FromModel(TrainedModel.Load(zip, Classes));

        Assert.Equal(0, new FileInfo(trees).Length);
        Assert.Equal(Batch(expected), Batch(scorer));
    }

    private static (string Zip, string Trees) TrainViaStage(TempFolder temp, string trainer)
    {
        FeatureTableReader.Write(ObesityTables.Train.Subset([.. Enumerable.Range(0, 400)]), temp.File("train.csv"));
        var p = new PipelineParams
        {
            Schema = new SchemaParams { TargetClasses = [.. Classes] },
            Model = TrainedModels.Small(trainer),
        };
        TrainStage.Run(p, temp.File("train.csv"), temp.File("model.zip"), temp.File("train.json"), temp.File("model.trees.bin"));
        return (temp.File("model.zip"), temp.File("model.trees.bin"));
    }

    private static float[] Batch(ModelScorer scorer)
    {
        var test = ObesityTables.Test;
        var probabilities = new float[test.Rows * Classes.Count];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, new int[test.Rows]);
        return probabilities;
    }

    /// <summary>The compiled ensemble and ML.NET's engine agree to float rounding, not bit for bit.</summary>
    private sealed class RoundedEquality : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-5f;

        public int GetHashCode(float obj) => 0;
    }
}
