using System.Globalization;

namespace Mlops.Bench;

/// <summary>One numeric column of <see cref="ScaledData"/>: its position, spread and allowed range.</summary>
public sealed record NoisyColumn(int Index, double Std, double Min, double Max)
{
    public static double? Parse(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    /// <summary>
    /// The cell moved by N(0, (noise × Std)²) and clamped to [Min, Max]; a cell that is not a number, or is a whole
    /// number, is returned unchanged. One normal draw per numeric cell either way, so every row consumes the same randomness.
    /// </summary>
    public string Perturb(string cell, Random random, double noise)
    {
        ArgumentNullException.ThrowIfNull(random);
        var shift = Normal(random) * noise * Std;
        if (Parse(cell) is not { } value || value == Math.Floor(value))
        {
            return cell;
        }

        // Eight decimals: noisy copies of one row stay distinct, so dropping exact duplicates keeps them.
        return Math.Round(Math.Clamp(value + shift, Min, Max), 8).ToString("0.########", CultureInfo.InvariantCulture);
    }

    // Box-Muller: two uniforms from the seeded generator, one standard normal.
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
