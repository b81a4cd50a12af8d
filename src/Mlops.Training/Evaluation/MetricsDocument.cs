using System.Text.Json.Nodes;

namespace Mlops.Training.Evaluation;

/// <summary>
/// Builds metrics.json: flat headline numbers first, then nested details. Values are rounded to 6 decimals and
/// nothing time-dependent is included, so the same inputs give a byte-identical file.
/// </summary>
public static class MetricsDocument
{
    public static JsonObject Build(EvaluationReport report)
    {
        var m = report.Metrics;
        var perClass = new JsonObject();
        foreach (var c in m.PerClass)
        {
            perClass[c.ClassName] = new JsonObject
            {
                ["precision"] = R(c.Precision),
                ["recall"] = R(c.Recall),
                ["f1"] = R(c.F1),
                ["support"] = c.Support,
            };
        }

        var document = new JsonObject
        {
            ["accuracy"] = R(m.Accuracy),
            ["macro_precision"] = R(m.MacroPrecision),
            ["macro_recall"] = R(m.MacroRecall),
            ["macro_f1"] = R(m.MacroF1),
            ["weighted_precision"] = R(m.WeightedPrecision),
            ["weighted_recall"] = R(m.WeightedRecall),
            ["weighted_f1"] = R(m.WeightedF1),
            ["log_loss"] = R(m.LogLoss),
            ["business_cost"] = R(m.MeanCost),
            ["test_rows"] = report.Sample?.TestRows ?? m.Rows,
            ["evaluated_rows"] = m.Rows,
            ["business_metric"] = new JsonObject
            {
                ["name"] = "mean_cost_per_prediction",
                ["mean_cost"] = R(m.MeanCost),
                ["total_cost"] = R(m.TotalCost),
                ["source"] = "evaluation.cost_matrix[true][predicted]",
            },
            ["per_class"] = perClass,
            ["confusion_matrix"] = ConfusionJson(m),
            ["feature_importance"] = ImportanceJson(report),
            ["leakage"] = LeakageJson(report.Leakage),
            ["evaluation_sample"] = SampleJson(report),
        };
        if (report.Slices.Count > 0)
        {
            document["slices"] = SlicesJson(report.Slices);
        }
        return document;
    }

    /// <summary>One object per slice; a too-small slice carries its row count and the minimum only.</summary>
    public static JsonObject SlicesJson(IReadOnlyList<SliceMetrics> slices)
    {
        var json = new JsonObject();
        foreach (var s in slices)
        {
            json[s.Name] = s.TooSmall
                ? new JsonObject { ["rows"] = s.Rows, ["too_small"] = true, ["min_rows"] = s.MinRows }
                : new JsonObject
                {
                    ["rows"] = s.Rows,
                    ["accuracy"] = R(s.Accuracy!.Value),
                    ["macro_f1"] = R(s.MacroF1!.Value),
                    ["leakage_share"] = s.LeakageShare is { } share ? R(share) : null,
                    ["recall"] = new JsonObject([.. s.Recall.Select(r => KeyValuePair.Create(r.Key, (JsonNode?)R(r.Value)))]),
                };
        }
        return json;
    }

    public static JsonObject ConfusionJson(ClassificationMetrics m) => new()
    {
        ["classes"] = new JsonArray([.. m.Classes.Select(c => JsonValue.Create(c))]),
        ["rows"] = "true class",
        ["columns"] = "predicted class",
        ["matrix"] = new JsonArray([.. m.Confusion.Counts.Select(row => new JsonArray([.. row.Select(v => JsonValue.Create(v))]))]),
    };

    public static JsonObject ImportanceJson(EvaluationReport report) => new()
    {
        ["metric"] = "accuracy_drop",
        ["repeats"] = report.PermutationRepeats,
        ["seed"] = report.Seed,
        ["features"] = new JsonArray([.. report.FeatureImportance.Select(f => new JsonObject
        {
            ["source"] = f.Source,
            ["mean"] = R(f.Mean),
            ["std"] = R(f.Std),
            ["columns"] = new JsonArray([.. f.Columns.Select(c => JsonValue.Create(c))]),
        })]),
    };

    // Every figure of this file is computed on the evaluated rows: all test rows, or a stratified sample of max_rows.
    private static JsonObject SampleJson(EvaluationReport report) => new()
    {
        ["sampled"] = report.Sample?.Rows is not null,
        ["max_rows"] = report.Sample?.MaxRows ?? 0,
        ["stratified_by"] = "label",
        ["seed"] = report.Sample?.Seed ?? report.Seed,
    };

    private static JsonObject LeakageJson(LeakageReport l) => new()
    {
        ["distance_threshold"] = l.Threshold,
        ["test_rows"] = l.TestRows,
        ["near_copy_rows"] = l.NearCopyRows,
        ["near_copy_share"] = R(l.NearCopyShare),
        ["exact_duplicate_rows"] = l.ExactDuplicateRows,
        ["exact_duplicate_share"] = R(l.ExactDuplicateShare),
        ["nearest_distance_min"] = R(l.MinDistance),
        ["nearest_distance_median"] = R(l.MedianDistance),
        ["nearest_distance_max"] = R(l.MaxDistance),
    };

    private static double R(double value) => Math.Round(value, 6, MidpointRounding.ToEven);
}
