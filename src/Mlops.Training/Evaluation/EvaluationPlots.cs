using ScottPlot;

namespace Mlops.Training.Evaluation;

/// <summary>PNG figures of the evaluation, drawn with ScottPlot.</summary>
public static class EvaluationPlots
{
    /// <summary>ScottPlot falls back to a serif face unless a font is named.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Color Low = new(247, 251, 255);
    private static readonly Color High = new(8, 69, 148);

    /// <summary>Renders a tiny plot in memory so the first real plot does not pay for loading Skia and the font.</summary>
    public static void WarmUp()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Add.Bars(new double[] { 1, 2 });
        plot.GetImageBytes(32, 32, ImageFormat.Png);
    }

    /// <summary>A heatmap with rows = true class (top to bottom), columns = predicted class, each cell's count written in it.</summary>
    public static void ConfusionMatrix(ClassificationMetrics metrics, string path)
    {
        var counts = metrics.Confusion.Counts;
        var k = counts.Length;
        var max = Math.Max(1, counts.Max(row => row.Max()));
        var plot = NewPlot();
        for (var t = 0; t < k; t++)
        {
            for (var p = 0; p < k; p++)
            {
                // Row 0 drawn at the top, as confusion matrices are read.
                var y = k - 1 - t;
                var share = (double)counts[t][p] / max;
                var cell = plot.Add.Rectangle(p - 0.5, p + 0.5, y - 0.5, y + 0.5);
                cell.FillStyle.Color = Blend(share);
                cell.LineStyle.Color = Colors.White;
                cell.LineStyle.Width = 1;

                var label = plot.Add.Text(counts[t][p].ToString(System.Globalization.CultureInfo.InvariantCulture), p, y);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 16;
                label.LabelBold = counts[t][p] > 0;
                label.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
                label.LabelFontName = FontName;
            }
        }

        var names = metrics.Classes.Select(Shorten).ToArray();
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, k).Select(i => (double)i)], names);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperLeft;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, k).Select(i => (double)(k - 1 - i))], names);
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, k - 0.5);
        plot.HideGrid();
        plot.Title($"Confusion matrix (accuracy {metrics.Accuracy:0.000}, n = {metrics.Rows})");
        plot.XLabel("Predicted class");
        plot.YLabel("True class");
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Left.MinimumSize = 170;
        plot.Axes.Right.MinimumSize = 70;
        plot.Font.Set(FontName);
        Save(plot, path, 900, 820);
    }

    /// <summary>Horizontal bars of mean accuracy drop per source column, largest on top, with ± std whiskers.</summary>
    public static void FeatureImportance(IReadOnlyList<FeatureImportance> importance, string path)
    {
        var plot = NewPlot();
        var n = importance.Count;
        var bars = importance.Select((f, i) => new Bar
        {
            Position = n - 1 - i,
            Value = f.Mean,
            Error = f.Std,
            FillColor = new Color(49, 130, 189),
            Orientation = Orientation.Horizontal,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. importance.Select(f => f.Source)]);
        var right = Math.Max(0.01, importance.Count == 0 ? 0 : importance.Max(f => f.Mean + f.Std)) * 1.1;
        var left = Math.Min(0, importance.Count == 0 ? 0 : importance.Min(f => f.Mean - f.Std)) * 1.1;
        plot.Axes.SetLimits(left, right, -0.6, n - 0.4);
        plot.HideGrid();
        plot.Title("Permutation feature importance by source column");
        plot.XLabel("Drop in accuracy when permuted (mean ± std)");
        plot.Axes.Left.MinimumSize = 230;
        plot.Font.Set(FontName);
        Save(plot, path, 900, Math.Max(400, 120 + (n * 32)));
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    private static void Save(Plot plot, string path, int width, int height)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        plot.SavePng(path, width, height);
    }

    private static Color Blend(double t)
    {
        byte Mix(byte a, byte b) => (byte)Math.Round(a + ((b - a) * Math.Clamp(t, 0, 1)));
        return new Color(Mix(Low.R, High.R), Mix(Low.G, High.G), Mix(Low.B, High.B));
    }

    private static string Shorten(string name) => name.Replace('_', ' ');
}
