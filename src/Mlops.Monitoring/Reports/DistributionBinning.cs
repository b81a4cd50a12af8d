using System.Globalization;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>Shares per bin or category of the reference and the window, for drawing; no test depends on these bins.</summary>
internal static class DistributionBinning
{
    public static FeatureDistribution Numeric(string feature, ReadOnlySpan<double> reference, IReadOnlyList<double> current, int bins)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in reference)
        {
            (min, max) = (Math.Min(min, v), Math.Max(max, v));
        }
        foreach (var v in current)
        {
            (min, max) = (Math.Min(min, v), Math.Max(max, v));
        }
        var width = max > min ? (max - min) / bins : 1;
        var r = new double[bins];
        var c = new double[bins];
        foreach (var v in reference)
        {
            r[Bin(v, min, width, bins)]++;
        }
        foreach (var v in current)
        {
            c[Bin(v, min, width, bins)]++;
        }
        var labels = Enumerable.Range(0, bins).Select(i => (min + (i * width)).ToString("G4", CultureInfo.InvariantCulture)).ToArray();
        return new FeatureDistribution(feature, FeatureKind.Numeric, labels, Shares(r), Shares(c));
    }

    public static FeatureDistribution Categorical(string feature, IReadOnlyList<CategoryCount> reference, IReadOnlyDictionary<string, long> current)
    {
        var labels = reference.Select(x => x.Value).Concat(current.Keys.Where(k => reference.All(x => x.Value != k))).ToArray();
        var r = labels.Select(l => (double)(reference.FirstOrDefault(x => x.Value == l)?.Count ?? 0)).ToArray();
        var c = labels.Select(l => (double)current.GetValueOrDefault(l)).ToArray();
        return new FeatureDistribution(feature, FeatureKind.Categorical, labels, Shares(r), Shares(c));
    }

    private static int Bin(double v, double min, double width, int bins) => Math.Clamp((int)((v - min) / width), 0, bins - 1);

    private static double[] Shares(double[] counts)
    {
        var total = counts.Sum();
        return total == 0 ? counts : [.. counts.Select(x => x / total)];
    }
}
