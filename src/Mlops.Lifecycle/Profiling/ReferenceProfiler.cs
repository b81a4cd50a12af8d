using Mlops.Monitoring.Profiles;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Evaluation.Regression;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Profiling;

/// <summary>
/// Builds the model's reference profile in the evaluate stage: the training rows' inputs (clean.csv split as the
/// features stage split it) and the held-out scores the evaluation already computed — nothing is scored twice.
/// </summary>
public static class ReferenceProfiler
{
    /// <summary>
    /// The profile of every input over the training rows, from clean.csv as the evaluate stage read it once for this and
    /// its slices: needs no model, so it is built while the evaluation scores.
    /// </summary>
    public static TrainingInputProfiles TrainingInputs(PipelineParams p, CleanTable clean)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(clean);
        var train = DatasetSplitter.Split(clean.Labels, p.Split).Train;
        var cells = new ImputedTrainingCells(p, clean, train);
        var builder = new ReferenceProfileBuilder(train.Length);
        var features = new List<FeatureProfile>(p.Schema.Columns.Count);
        var index = 0;
        foreach (var (name, column) in p.Schema.Columns)
        {
            var at = index++;
            features.Add(column.Type == "numeric"
                ? builder.Numeric(name, cells.Numbers(at))
                : builder.Categorical(name, cells.Texts(at), column.Categories ?? []));
        }
        return new TrainingInputProfiles(train.Length, features);
    }

    /// <summary>The training-row profiles with the held-out figures of the evaluation.</summary>
    public static ReferenceProfile Build(TrainingInputProfiles inputs, EvaluationReport report)
    {
        var scores = report.Scores ?? throw new InvalidOperationException("the evaluation report carries no held-out scores");
        var m = report.Metrics;
        var metrics = new HeldOutMetrics(m.Accuracy, m.MacroF1, m.PerClass.ToDictionary(c => c.ClassName, c => c.Recall, StringComparer.Ordinal));
        var heldOut = HeldOutProfiler.Build(m.Classes, scores.Truth, scores.Predicted, scores.Probabilities, metrics);
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, inputs.Rows, inputs.Features, heldOut);
    }

    /// <summary>The training-row profiles with a regression model's held-out errors and predicted values.</summary>
    public static ReferenceProfile BuildRegression(TrainingInputProfiles inputs, RegressionEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(evaluation);
        var predicted = evaluation.Predicted.Select(v => (double)v).ToArray();
        var summary = new ReferenceProfileBuilder(predicted.Length).Numeric("prediction", predicted).Numeric!;
        var m = evaluation.Metrics;
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, inputs.Rows, inputs.Features, null)
        {
            Regression = new RegressionHeldOut(m.Rows, m.Rmse, m.Mae, summary),
        };
    }
}
