using System.Text.Json.Nodes;

namespace Mlops.Training.Evaluation.Regression;

/// <summary>metrics.json of a regression model: flat headline errors first (what runs and promotion read), then details.</summary>
public static class RegressionMetricsDocument
{
    public static JsonObject Build(RegressionEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var m = evaluation.Metrics;
        var document = Rounded([("rmse", m.Rmse), ("mae", m.Mae), ("mse", m.Mse), ("r2", m.R2)]);
        document["test_rows"] = evaluation.Sample?.TestRows ?? m.Rows;
        document["evaluated_rows"] = m.Rows;
        var baseline = Rounded([("value", m.BaselineMean), ("rmse", m.BaselineRmse), ("mae", m.BaselineMae)]);
        baseline.Insert(0, "name", "mean_of_training_targets");
        document["baseline"] = baseline;
        var residuals = Rounded([("mean", m.ResidualMean), ("std", m.ResidualStd)]);
        residuals.Insert(0, "definition", "actual - predicted");
        document["residuals"] = residuals;
        document["leakage"] = MetricsDocument.LeakageJson(evaluation.Leakage);
        document["evaluation_sample"] = new JsonObject
        {
            ["sampled"] = evaluation.Sample?.Rows is not null,
            ["max_rows"] = evaluation.Sample?.MaxRows ?? 0,
            ["stratified_by"] = "none",
            ["seed"] = evaluation.Sample?.Seed,
        };
        return document;
    }

    private static JsonObject Rounded(IEnumerable<(string Name, double Value)> values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, (JsonNode?)MetricsDocument.R(v.Value))));
}
