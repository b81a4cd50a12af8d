using Mlops.Core.Errors;
using Mlops.Core.Slicing;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Training.Evaluation;

/// <summary>
/// Scores an evaluation's held-out predictions per slice. Slices filter the raw columns, so the test rows are mapped
/// back to their clean.csv rows, split as the features stage splits them (test row i is the i-th test index); a sampled
/// evaluation's slices are of the scored rows.
/// </summary>
public static class SliceScorer
{
    /// <summary>The report with <see cref="EvaluationReport.Slices"/> filled; unchanged when params define no slice.</summary>
    public static EvaluationReport AddSlices(EvaluationReport report, PipelineParams p, CleanTable clean)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(clean);
        var slices = EvaluationSlices.From(p);
        if (slices.Count == 0)
        {
            return report;
        }
        var testRows = DatasetSplitter.Split(clean.Labels, p.Split).Test;
        var rows = report.Sample?.TestRows ?? report.Scores?.Truth.Length ?? 0;
        if (testRows.Length != rows)
        {
            throw MlopsException.Invalid(
                $"clean.csv splits into {testRows.Length} test rows but the test table has {rows}: rerun the features stage");
        }
        // Only the scored rows' cells become strings.
        var cells = clean.Rows(report.Sample?.Rows is { } sampled ? [.. sampled.Select(r => testRows[r])] : testRows);
        var scored = new List<SliceMetrics>(slices.Count);
        var named = p.Evaluation.Slices.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            if (named.Contains(slice.Name) && !clean.Any(slice.Bind(clean.Columns)))
            {
                throw MlopsException.Invalid(
                    $"slice '{slice.Name}' (evaluation.slices.{slice.Name}) selects none of the {clean.Count} rows of clean.csv: check its filter");
            }
            scored.Add(Score(report, slice.Name, slice.Select(clean.Columns, cells), p.Evaluation.MinSliceRows));
        }
        return report with { Slices = scored };
    }

    /// <param name="rows">Indices of the slice's rows in the test table.</param>
    public static SliceMetrics Score(EvaluationReport report, string name, IReadOnlyList<int> rows, int minRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rows);
        var scores = report.Scores ?? throw new InvalidOperationException("the evaluation report carries no held-out scores");
        if (rows.Count < minRows)
        {
            return new SliceMetrics(name, rows.Count, minRows, null, null, null, new Dictionary<string, double>());
        }
        var classes = report.Metrics.Classes;
        var confusion = ConfusionMatrix.From(classes.Count, [.. rows.Select(r => scores.Truth[r])], [.. rows.Select(r => scores.Predicted[r])]);
        // Macro-F1 over the classes the slice has or was predicted, as scikit-learn's default labels: a class the slice
        // lacks says nothing of the model on it.
        var present = Enumerable.Range(0, classes.Count).Where(c => confusion.Support(c) > 0 || confusion.PredictedCount(c) > 0).ToList();
        var recall = Enumerable.Range(0, classes.Count).Where(c => confusion.Support(c) > 0)
            .ToDictionary(c => classes[c], confusion.Recall, StringComparer.Ordinal);
        var nearest = report.Leakage.NearestDistances;
        double? leakage = nearest.Count == scores.Truth.Length
            ? (double)rows.Count(r => nearest[r] <= report.Leakage.Threshold) / rows.Count
            : null;
        return new SliceMetrics(name, rows.Count, minRows, confusion.Accuracy, present.Average(confusion.F1), leakage, recall);
    }
}
