using ScottPlot;

namespace Mlops.Training.Evaluation.Regression;

/// <summary>The regression figures: predicted against actual (with the y = x line), and residuals against predicted.</summary>
public static class RegressionPlots
{
    private static readonly Color Points = new(49, 130, 189);

    public static void PredictedVsActual(RegressionEvaluation e, string path)
    {
        ArgumentNullException.ThrowIfNull(e);
        var actual = e.Truth.Select(v => (double)v).ToArray();
        var predicted = e.Predicted.Select(v => (double)v).ToArray();
        var low = Math.Min(actual.Min(), predicted.Min());
        var high = Math.Max(actual.Max(), predicted.Max());
        Scatter(actual, predicted, plot => plot.Add.Line(low, low, high, high),
            $"Predicted vs actual (RMSE {e.Metrics.Rmse:0.###}, R² {e.Metrics.R2:0.000}, n = {e.Metrics.Rows})", "Actual", "Predicted", path, 700);
    }

    public static void Residuals(RegressionEvaluation e, string path)
    {
        ArgumentNullException.ThrowIfNull(e);
        var predicted = e.Predicted.Select(v => (double)v).ToArray();
        var residuals = e.Truth.Select((v, i) => (double)v - e.Predicted[i]).ToArray();
        Scatter(predicted, residuals, plot => plot.Add.HorizontalLine(0),
            $"Residuals (actual − predicted; mean {e.Metrics.ResidualMean:0.###}, std {e.Metrics.ResidualStd:0.###})", "Predicted", "Residual",
            path, 600);
    }

    /// <summary>A scatter of the points over a dashed grey guide line (the perfect model's place), saved as an 800-pixel-wide PNG.</summary>
    private static void Scatter(double[] xs, double[] ys, Func<Plot, IHasLine> guide, string title, string xLabel, string yLabel,
        string path, int height)
    {
        var plot = new Plot();
        plot.Font.Set(EvaluationPlots.FontName);
        var line = guide(plot);
        line.LineStyle.Color = Colors.Gray;
        line.LineStyle.Pattern = LinePattern.Dashed;
        var points = plot.Add.ScatterPoints(xs, ys);
        points.Color = Points.WithAlpha(0.6);
        points.MarkerSize = 5;
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.SavePng(path, 800, height);
    }
}
