using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Web.Charts;

namespace Mlops.Web.Compare;

/// <summary>
/// A param against a metric over the compared runs: numeric when every value parses as a number, else categorical
/// (sorted distinct values at positions 0, 1, ...). Runs without the param or the metric are left out.
/// </summary>
public sealed record CompareScatter(IReadOnlyList<ScatterPoint> Points, IReadOnlyList<string> Categories)
{
    public static CompareScatter Of(IReadOnlyList<Run> runs, string param, string metric)
    {
        var present = runs.Select((run, index) => (run, index,
                value: run.Params.GetValueOrDefault(param), y: run.Metrics.FirstOrDefault(m => m.Key == metric)?.Value))
            .Where(r => r.value is not null && r.y is not null).ToList();
        var numeric = present.All(r => double.TryParse(r.value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        IReadOnlyList<string> categories = numeric ? [] : [.. present.Select(r => r.value!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var points = present.Select(r => new ScatterPoint(
            new ChartPoint(numeric ? double.Parse(r.value!, CultureInfo.InvariantCulture) : IndexOf(categories, r.value!), r.y!.Value),
            $"{r.run.Info.RunName}: {param}={r.value}, {metric}={UiFormat.Number(r.y!.Value)}",
            ChartPalette.Color(r.index))).ToList();
        return new CompareScatter(points, categories);
    }

    private static int IndexOf(IReadOnlyList<string> categories, string value)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
