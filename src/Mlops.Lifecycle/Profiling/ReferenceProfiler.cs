using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Monitoring.Profiles;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Profiling;

/// <summary>
/// Builds the model's reference profile in the evaluate stage: the training rows' inputs (clean.csv split as the
/// features stage split it) and the held-out scores the evaluation already computed — nothing is scored twice.
/// </summary>
public static class ReferenceProfiler
{
    public static ReferenceProfile Build(PipelineParams p, string cleanCsv, EvaluationReport report)
    {
        var scores = report.Scores ?? throw new InvalidOperationException("the evaluation report carries no held-out scores");
        var table = CsvReader.ReadFile(cleanCsv);
        var target = Column(table, p.Data.Target);
        var labels = new string[table.Rows.Count];
        for (var r = 0; r < labels.Length; r++)
        {
            labels[r] = Field(table.Rows[r], target);
        }
        var train = DatasetSplitter.Split(labels, p.Split).Train;
        var builder = new ReferenceProfileBuilder(train.Length);
        var features = new List<FeatureProfile>(p.Schema.Columns.Count);
        foreach (var (name, column) in p.Schema.Columns)
        {
            var index = Column(table, name);
            features.Add(column.Type == "numeric"
                ? builder.Numeric(name, NumericColumn(table, train, index, name))
                : builder.Categorical(name, [.. train.Select(r => Field(table.Rows[r], index))], column.Categories ?? []));
        }
        var m = report.Metrics;
        var metrics = new HeldOutMetrics(m.Accuracy, m.MacroF1, m.PerClass.ToDictionary(c => c.ClassName, c => c.Recall, StringComparer.Ordinal));
        var heldOut = HeldOutProfiler.Build(m.Classes, scores.Truth, scores.Predicted, scores.Probabilities, metrics);
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, train.Length, features, heldOut);
    }

    private static double[] NumericColumn(CsvTable table, int[] rows, int index, string name)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = table.Rows[rows[i]];
            if (!double.TryParse(Field(row, index), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw MlopsException.Invalid(
                    $"{table.Source}: row {row.Row} (line {row.Line}), column '{name}': {ErrorText.Quote(Field(row, index))} is not a number");
            }
        }
        return values;
    }

    private static int Column(CsvTable table, string name)
    {
        var index = table.IndexOf(name);
        return index >= 0 ? index : throw MlopsException.Invalid($"{table.Source}: missing column '{name}': run the preprocess stage again");
    }

    private static string Field(CsvRow row, int index) => index < row.Fields.Length ? row.Fields[index] : "";
}
