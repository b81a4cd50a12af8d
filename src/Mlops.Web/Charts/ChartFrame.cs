using System.Globalization;

namespace Mlops.Web.Charts;

/// <summary>
/// Maps data to SVG pixels for a chart of <see cref="PixelWidth"/> x <see cref="PixelHeight"/> with margins for the axis labels;
/// a flat range (one value) is widened so the points sit mid-axis instead of dividing by zero.
/// </summary>
public sealed class ChartFrame
{
    public const int Left = 52;
    public const int Right = 10;
    public const int Top = 10;
    public const int Bottom = 24;

    public ChartFrame(IEnumerable<ChartPoint> points, int width, int height)
    {
        PixelWidth = width;
        PixelHeight = height;
        var all = points.ToList();
        (MinX, MaxX) = Range(all.Select(p => p.X));
        (MinY, MaxY) = Range(all.Select(p => p.Y));
    }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    public double MinX { get; }

    public double MaxX { get; }

    public double MinY { get; }

    public double MaxY { get; }

    public int PlotRight => PixelWidth - Right;

    public int PlotBottom => PixelHeight - Bottom;

    public double PixelX(double x) => Left + (x - MinX) / (MaxX - MinX) * (PixelWidth - Left - Right);

    public double PixelY(double y) => PlotBottom - (y - MinY) / (MaxY - MinY) * (PixelHeight - Top - Bottom);

    /// <summary>A polyline's points attribute: "x,y x,y ..." in pixels with one decimal.</summary>
    public string Polyline(IEnumerable<ChartPoint> points) =>
        string.Join(' ', points.Select(p => $"{Pixel(PixelX(p.X))},{Pixel(PixelY(p.Y))}"));

    public static string Pixel(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return (0, 1);
        }
        var (min, max) = (list.Min(), list.Max());
        if (max - min < 1e-12)
        {
            var pad = Math.Abs(min) > 1e-12 ? Math.Abs(min) * 0.05 : 0.5;
            return (min - pad, max + pad);
        }
        return (min, max);
    }
}
