using Mlops.Core.Errors;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Models;
using Mlops.Training.Scoring;
using Mlops.Training.Tests.Models;

namespace Mlops.Inference.Tests.Scoring;

public class ModelScorerTests
{
    private static readonly IReadOnlyList<string> Classes = ObesityTables.Classes;

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("fastforest")]
    public void PredictBatch_CompiledTrees_EqualPredictionEngineProbabilities(string trainer)
    {
        using var temp = new TempFolder();
        ModelTrainer.Train(TrainedModels.Small(trainer), Classes, TrainedModels.TrainSample).Save(temp.File("m.zip"));
        var loaded = TrainedModel.Load(temp.File("m.zip"), Classes);
        using var fast = ModelScorer.FromModel(loaded);
        using var engine = ModelScorer.FromModel(loaded, allowCompiled: false);

        var (fastProbabilities, fastPredicted) = Batch(fast);
        var (engineProbabilities, enginePredicted) = Batch(engine);

        Assert.True(fast.IsCompiled);
        Assert.False(engine.IsCompiled);
        Assert.Equal(enginePredicted, fastPredicted);
        for (var i = 0; i < engineProbabilities.Length; i++)
        {
            Assert.True(Math.Abs(engineProbabilities[i] - fastProbabilities[i]) <= 1e-5, $"value {i}: {engineProbabilities[i]} vs {fastProbabilities[i]}");
        }
    }

    [Fact]
    public void FromModel_LinearTrainer_FallsBackToPooledEngines()
    {
        var model = ModelTrainer.Train(TrainedModels.Small("lbfgs"), Classes, TrainedModels.TrainSample);

        using var scorer = ModelScorer.FromModel(model);

        Assert.False(scorer.IsCompiled);
        Assert.InRange(Batch(scorer).Probabilities.Take(7).Sum(), 0.999, 1.001);
    }

    [Fact]
    public void Predict_SingleRows_MatchBatchAndAreThreadSafe()
    {
        using var scorer = ModelScorer.FromModel(TrainedModels.Quick);
        var (batchProbabilities, batchPredicted) = Batch(scorer);
        var test = ObesityTables.Test;

        Parallel.For(0, test.Rows, r =>
        {
            Span<float> probabilities = stackalloc float[Classes.Count];
            var predicted = scorer.Predict(test.Row(r), probabilities);
            Assert.Equal(batchPredicted[r], predicted);
            Assert.Equal(batchProbabilities.AsSpan(r * Classes.Count, Classes.Count).ToArray(), probabilities.ToArray());
        });
    }

    [Fact]
    public void Predict_WrongFeatureCount_ThrowsNamingCounts()
    {
        using var scorer = ModelScorer.FromModel(TrainedModels.Quick);

        var error = Assert.Throws<MlopsException>(() => scorer.Predict(new float[3], new float[7]));

        Assert.Contains($"Expected {scorer.FeatureCount} feature values, got 3", error.Message);
    }

    [Fact]
    public void Load_ClassListOfWrongLength_Throws()
    {
        using var temp = new TempFolder();
        TrainedModels.Quick.Save(temp.File("m.zip"));

        var error = Assert.Throws<MlopsException>(() => ModelScorer.Load(temp.File("m.zip"), ["A", "B"]));

        Assert.Contains("7 classes", error.Message);
    }

    private static (float[] Probabilities, int[] Predicted) Batch(ModelScorer scorer)
    {
        var test = ObesityTables.Test;
        var probabilities = new float[test.Rows * Classes.Count];
        var predicted = new int[test.Rows];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, predicted);
        return (probabilities, predicted);
    }
}
