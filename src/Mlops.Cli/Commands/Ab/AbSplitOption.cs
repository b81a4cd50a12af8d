using System.Globalization;

namespace Mlops.Cli.Commands.Ab;

/// <summary>--split 50/50: one percentage per variant, in --variant order, summing to 100.</summary>
internal static class AbSplitOption
{
    /// <summary>The error, or null when <paramref name="split"/> fits <paramref name="variants"/> variants.</summary>
    public static string? Check(string split, int variants)
    {
        var parts = split.Split('/');
        if (parts.Length != variants)
        {
            return $"--split '{split}' has {parts.Length} share(s) but there are {variants} variants: give one percentage per --variant, e.g. 50/50.";
        }
        var shares = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out shares[i]) || !(shares[i] >= 0) || double.IsInfinity(shares[i]))
            {
                return $"--split '{split}': share '{parts[i]}' must be a percentage of 0 or more.";
            }
        }
        var sum = shares.Sum();
        return Math.Abs(sum - 100) > 1e-9 ? $"--split '{split}' sums to {sum.ToString(CultureInfo.InvariantCulture)}; the shares must sum to 100." : null;
    }

    /// <summary>The shares as fractions (checked already); equal shares when <paramref name="split"/> is null.</summary>
    public static double[] Shares(string? split, int variants) => split is null
        ? [.. Enumerable.Repeat(1.0 / variants, variants)]
        : [.. split.Split('/').Select(p => double.Parse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) / 100)];
}
