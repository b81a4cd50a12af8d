using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Features;
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
    /// <summary>The profile of every input over the training rows: needs no model, so it can be built while the evaluation scores.</summary>
    public static TrainingInputProfiles TrainingInputs(PipelineParams p, string cleanCsv)
    {
        var clean = CleanRows.Read(p, cleanCsv);
        var train = Imputed(p, clean.Take(DatasetSplitter.Split(clean.Labels, p.Split).Train));
        var builder = new ReferenceProfileBuilder(train.Inputs.Count);
        var features = new List<FeatureProfile>(p.Schema.Columns.Count);
        var index = 0;
        foreach (var (name, column) in p.Schema.Columns)
        {
            var at = index++;
            features.Add(column.Type == "numeric"
                ? builder.Numeric(name, NumericColumn(cleanCsv, train, at, name))
                : builder.Categorical(name, [.. train.Inputs.Select(r => r[at])], column.Categories ?? []));
        }
        return new TrainingInputProfiles(train.Inputs.Count, features);
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

    private static double[] NumericColumn(string source, CleanRows rows, int column, string name)
    {
        var values = new double[rows.Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var cell = rows.Inputs[i][column];
            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw MlopsException.Invalid($"{source}: column '{name}': {ErrorText.Quote(cell)} is not a number");
            }
        }
        return values;
    }

    /// <summary>
    /// The rows with missing cells of schema missing: impute columns filled as the model's transform fills them (the same
    /// fit on the same training rows), so the profile describes what the model was trained on.
    /// </summary>
    private static CleanRows Imputed(PipelineParams p, CleanRows train)
    {
        if (!p.Schema.Columns.Values.Any(c => c.Missing == MissingPolicy.Impute))
        {
            return train;
        }
        var fills = FeatureTransformFitter.Fit(p, train.Inputs).InputSchema.Select(c => c.Impute).ToArray();
        return train with
        {
            Inputs = [.. train.Inputs.Select(row => row.Select((cell, i) => fills[i] is { } fill && MissingValue.Is(cell) ? fill : cell).ToArray())],
        };
    }
}
