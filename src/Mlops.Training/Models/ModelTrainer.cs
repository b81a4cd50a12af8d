using Mlops.Core.Errors;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;

namespace Mlops.Training.Models;

/// <summary>Fits the trainer named in params.yaml on a feature table, and cross-validates it.</summary>
public static class ModelTrainer
{
    /// <summary>Fits a classifier of <paramref name="classes"/>, or with no classes a regression model of the labels as numbers.</summary>
    public static TrainedModel Train(ModelParams p, IReadOnlyList<string> classes, FeatureTable train)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 1)
        {
            throw MlopsException.Invalid("schema.target_classes must list at least two classes.");
        }

        var ml = new Microsoft.ML.MLContext(seed: p.Seed);
        if (classes.Count == 0)
        {
            var regression = TrainerFactory.CreateRegression(ml, p, train.Rows).Fit(MlData.Valued(ml, train));
            return new TrainedModel(ml, regression, classes, train.Width);
        }

        var estimator = TrainerFactory.Create(ml, p, train.Rows);
        var transformer = estimator.Fit(MlData.Labeled(ml, train, classes));
        return new TrainedModel(ml, transformer, classes, train.Width);
    }

    /// <summary>Stratified k-fold CV with folds drawn from <see cref="ModelParams.Seed"/>.</summary>
    public static CrossValidationResult CrossValidate(ModelParams p, IReadOnlyList<string> classes, FeatureTable data, int folds)
    {
        if (folds < 2 || folds > data.Rows)
        {
            throw MlopsException.Invalid($"cv.folds must be between 2 and the row count {data.Rows}, got {folds}.");
        }

        var labels = data.LabelIndices(classes);
        var assignment = StratifiedFolds.Assign(labels, folds, p.Seed);
        var accuracy = new double[folds];
        var macroF1 = new double[folds];
        for (var f = 0; f < folds; f++)
        {
            var trainRows = Enumerable.Range(0, data.Rows).Where(i => assignment[i] != f).ToArray();
            var testRows = Enumerable.Range(0, data.Rows).Where(i => assignment[i] == f).ToArray();
            var model = Train(p, classes, data.Subset(trainRows));
            var test = data.Subset(testRows);
            using var scorer = ModelScorer.FromModel(model);
            var predicted = new int[test.Rows];
            scorer.PredictBatch(test.Values, test.Rows, new float[test.Rows * classes.Count], predicted);
            var truth = testRows.Select(i => labels[i]).ToArray();
            var confusion = ConfusionMatrix.From(classes.Count, truth, predicted);
            accuracy[f] = confusion.Accuracy;
            macroF1[f] = confusion.MacroF1;
        }

        return new CrossValidationResult(
            folds, accuracy, macroF1, accuracy.Average(), Std(accuracy), macroF1.Average(), Std(macroF1));
    }

    private static double Std(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}
