using Mlops.Core.Errors;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Models;
using Mlops.Training.Scoring;

namespace Mlops.Training.Tests.Models;

public class ModelTrainerTests
{
    private static readonly IReadOnlyList<string> Classes = ObesityTables.Classes;

    [Fact]
    public void Train_DefaultParams_ReachesAccuracyAndMacroF1Floor()
    {
        var metrics = Score(TrainedModels.Default, ObesityTables.Test);

        Assert.True(metrics.Accuracy >= 0.97, $"accuracy {metrics.Accuracy:F4}");
        Assert.True(metrics.MacroF1 >= 0.97, $"macro-F1 {metrics.MacroF1:F4}");
    }

    [Fact]
    public void Train_SameSeedTwice_IdenticalProbabilities()
    {
        var p = TrainedModels.Small("lightgbm");
        var first = Probabilities(ModelTrainer.Train(p, Classes, ObesityTables.Train));
        var second = Probabilities(ModelTrainer.Train(p, Classes, ObesityTables.Train));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(0)]
    public void Train_LightGbmOnMoreThreads_SameProbabilitiesAsOneThread(int threads)
    {
        var p = TrainedModels.Small("lightgbm");
        var many = new ModelParams { Trainer = p.Trainer, Seed = p.Seed, Lightgbm = new LightGbmParams
        {
            NumIterations = p.Lightgbm.NumIterations, LearningRate = p.Lightgbm.LearningRate,
            NumLeaves = p.Lightgbm.NumLeaves, MinDataPerLeaf = p.Lightgbm.MinDataPerLeaf, Threads = threads,
        } };

        Assert.Equal(Probabilities(ModelTrainer.Train(p, Classes, ObesityTables.Train)),
            Probabilities(ModelTrainer.Train(many, Classes, ObesityTables.Train)));
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("fastforest")]
    [InlineData("sdca")]
    [InlineData("lbfgs")]
    public void Train_EveryTrainer_SavesLoadsAndPredicts(string trainer)
    {
        using var temp = new TempFolder();
        var model = ModelTrainer.Train(TrainedModels.Small(trainer), Classes, TrainedModels.TrainSample);
        model.Save(temp.File("model.zip"));

        var loaded = TrainedModel.Load(temp.File("model.zip"), Classes);
        var metrics = Score(loaded, ObesityTables.Test);

        Assert.Equal(TrainedModels.TrainSample.Width, loaded.FeatureCount);
        Assert.True(metrics.Accuracy > 0.75, $"{trainer} accuracy {metrics.Accuracy:F4}");
    }

    [Fact]
    public void Train_UnknownTrainer_ThrowsNamingTrainer()
    {
        var error = Assert.Throws<MlopsException>(() =>
            ModelTrainer.Train(new ModelParams { Trainer = "xgboost" }, Classes, ObesityTables.Train));

        Assert.Contains("xgboost", error.Message);
        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }

    [Fact]
    public void Train_LabelOutsideClasses_ThrowsNamingRowAndLabel()
    {
        var table = new FeatureTable(["A"], [1f, 2f], ["Insufficient_Weight", "Giant"]);

        var error = Assert.Throws<MlopsException>(() => ModelTrainer.Train(new ModelParams(), Classes, table));

        Assert.Contains("Row 2", error.Message);
        Assert.Contains("Giant", error.Message);
    }

    [Fact]
    public void CrossValidate_SameSeedTwice_SameFoldMetricsWithMeanAndStd()
    {
        var p = TrainedModels.Small("lightgbm");
        var data = TrainedModels.TrainSample;

        var first = ModelTrainer.CrossValidate(p, Classes, data, 3);
        var second = ModelTrainer.CrossValidate(p, Classes, data, 3);

        Assert.Equal(first.FoldAccuracy, second.FoldAccuracy);
        Assert.Equal(3, first.FoldMacroF1.Count);
        Assert.Equal(first.FoldAccuracy.Average(), first.AccuracyMean, 12);
        Assert.True(first.AccuracyMean > 0.75);
        Assert.InRange(first.AccuracyStd, 0, 0.2);
    }

    [Fact]
    public void StratifiedFolds_FiveFolds_EveryFoldHoldsEveryClassEvenly()
    {
        var labels = ObesityTables.Train.LabelIndices(Classes);

        var folds = StratifiedFolds.Assign(labels, 5, 42);

        for (var c = 0; c < Classes.Count; c++)
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, labels.Length).Count(i => labels[i] == c && folds[i] == f)).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"class {c}: {string.Join(",", perFold)}");
        }
    }

    internal static ClassificationMetrics Score(TrainedModel model, FeatureTable test)
    {
        using var scorer = ModelScorer.FromModel(model);
        var probabilities = new float[test.Rows * Classes.Count];
        var predicted = new int[test.Rows];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, predicted);
        var zeroCost = Enumerable.Range(0, Classes.Count).Select(_ => (IReadOnlyList<double>)new double[Classes.Count]).ToArray();
        return MetricsCalculator.Compute(Classes, test.LabelIndices(Classes), predicted, probabilities, zeroCost);
    }

    private static float[] Probabilities(TrainedModel model)
    {
        using var scorer = ModelScorer.FromModel(model, allowCompiled: false);
        var test = ObesityTables.Test;
        var probabilities = new float[test.Rows * Classes.Count];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, new int[test.Rows]);
        return probabilities;
    }
}
