using System.Globalization;
using System.Text;

namespace Mlops.Training.Tests.Regression;

/// <summary>
/// A generated regression table with a known signal: y = 2.5·x1 − 1.5·x2 + color offset + 1 when square, plus N(0, 1)
/// noise; x3 is pure noise. Seeded, so every run writes the same file. Shared with Mlops.Cli.Tests (linked).
/// </summary>
public static class RegressionTable
{
    public const string Target = "y";
    public const string ModelName = "generated_regressor";

    /// <summary>The standard deviation of the noise: the RMSE a perfect model would reach.</summary>
    public const double NoiseStd = 1.0;

    public static string Csv(int rows = 600, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder("x1,x2,x3,color,shape,y\n");
        string[] colors = ["red", "green", "blue"];
        double[] offsets = [0, 4, -3];
        for (var i = 0; i < rows; i++)
        {
            var (x1, x2, x3) = (random.NextDouble() * 10, random.NextDouble() * 10 - 5, random.NextDouble());
            var color = random.Next(3);
            var square = random.Next(2) == 1;
            var y = 2.5 * x1 - 1.5 * x2 + offsets[color] + (square ? 1 : 0) + Gaussian(random) * NoiseStd;
            text.Append(CultureInfo.InvariantCulture,
                $"{x1:F4},{x2:F4},{x3:F4},{colors[color]},{(square ? "square" : "round")},{y:F4}\n");
        }
        return text.ToString();
    }

    /// <summary>A params.yaml for <see cref="Csv"/> at <paramref name="rawPath"/> with the given trainer.</summary>
    public static string Params(string rawPath, string trainer = "lightgbm") => $$"""
        data:
          raw: {{rawPath}}
          target: {{Target}}
        schema:
          task: regression
          columns:
            x1: { type: numeric, min: 0, max: 10 }
            x2: { type: numeric, min: -5, max: 5 }
            x3: { type: numeric, min: 0, max: 1 }
            color: { type: categorical, categories: [red, green, blue] }
            shape: { type: categorical, categories: [round, square] }
          target_classes: []
        validation:
          missing_value: fail
          non_numeric: fail
          unknown_category: fail
          out_of_range: fail
          unknown_target: fail
        features:
          set: full
          derived: []
        feature_validation:
          no_nan_or_infinity: fail
        split:
          stratified: false
        cv:
          folds: 0
        model:
          trainer: {{trainer}}
        evaluation:
          primary_metric: rmse
        tracking:
          experiment: generated-regression
        registry:
          model_name: {{ModelName}}
          staging_metric: rmse
          staging_threshold: 4.0
          champion_metric: rmse
        serving:
          risk_levels: {}
        """;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
