namespace Mlops.Web.Charts;

/// <summary>A named line or point set; long histories are thinned to <see cref="MaxPoints"/> so a page stays small.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    public const int MaxPoints = 400;

    /// <summary>Every k-th point plus the last one when there are more than <see cref="MaxPoints"/>; non-finite values dropped.</summary>
    public static ChartSeries Thinned(string name, IEnumerable<ChartPoint> points)
    {
        var finite = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (finite.Count <= MaxPoints)
        {
            return new ChartSeries(name, finite);
        }
        var stride = (int)Math.Ceiling(finite.Count / (double)(MaxPoints - 1));
        var kept = finite.Where((_, i) => i % stride == 0).ToList();
        if (kept[^1] != finite[^1])
        {
            kept.Add(finite[^1]);
        }
        return new ChartSeries(name, kept);
    }
}
