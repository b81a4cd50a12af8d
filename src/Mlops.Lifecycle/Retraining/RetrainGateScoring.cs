using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Scores a labelled CSV (raw layout: inputs and the target) with a loaded model through the same path as
/// `mlops predict` (the input signature's checks, then the batch scorer) and computes the evaluate stage's headline metrics.
/// </summary>
public static class RetrainGateScoring
{
    public static RetrainGateScores Score(LoadedModel model, PipelineParams parameters, RetrainDataset data) =>
        new(Score(model, parameters, data.HoldoutCsv), Score(model, parameters, data.OriginalHeldOutCsv));

    public static IReadOnlyDictionary<string, double> Score(LoadedModel model, PipelineParams parameters, string csv)
    {
        var table = CsvReader.ReadFile(csv);
        var target = table.IndexOf(parameters.Data.Target);
        if (target < 0 || table.Rows.Count == 0)
        {
            throw MlopsException.Invalid($"{csv}: the gate needs labelled rows with the target column '{parameters.Data.Target}'");
        }
        var signature = new InputSignature(model.Transform);
        var failures = new List<string>();
        var values = signature.CheckTable(table, (field, message) => failures.Add($"{field}: {message}"));
        if (failures.Count > 0)
        {
            throw MlopsException.Invalid($"{csv}: {failures.Count} invalid value(s), the gate scored nothing; first: {failures[0]}");
        }
        var truth = new int[table.Rows.Count];
        for (var r = 0; r < truth.Length; r++)
        {
            var row = table.Rows[r];
            var label = target < row.Fields.Length ? row.Fields[target] : "";
            truth[r] = IndexOfClass(model.Classes, label);
            if (truth[r] < 0)
            {
                throw MlopsException.Invalid($"{csv} row {row.Row}: {parameters.Data.Target} '{label}' is not one of the model's classes");
            }
        }
        var probabilities = new float[truth.Length * model.Classes.Count];
        var predicted = new int[truth.Length];
        model.PredictBatch(values, truth.Length, probabilities, predicted);
        var costs = parameters.Evaluation.CostMatrix.Select(row => (IReadOnlyList<double>)row).ToArray();
        var m = MetricsCalculator.Compute(model.Classes, truth, predicted, probabilities, costs);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["accuracy"] = m.Accuracy,
            ["macro_precision"] = m.MacroPrecision,
            ["macro_recall"] = m.MacroRecall,
            ["macro_f1"] = m.MacroF1,
            ["weighted_precision"] = m.WeightedPrecision,
            ["weighted_recall"] = m.WeightedRecall,
            ["weighted_f1"] = m.WeightedF1,
            ["log_loss"] = m.LogLoss,
            ["business_cost"] = m.MeanCost,
            ["rows"] = m.Rows,
        };
    }

    private static int IndexOfClass(IReadOnlyList<string> classes, string label)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
