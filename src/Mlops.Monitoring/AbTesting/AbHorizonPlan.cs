using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The fixed horizon, computed once at start: the labelled predictions each variant needs so that a change of the MDE
/// either way (baseline + MDE and baseline − MDE, where each lies in [0, 1]) is detected with the planned power by a
/// two-sided test at alpha. Above 0.5 a drop needs more rows than the same rise (0.9 ± 0.05 at power 0.8: 424 rows for
/// the rise, 681 for the drop), and a challenger that is worse is the case a team most needs to see, so the larger wins.
/// </summary>
public static class AbHorizonPlan
{
    public static int RequiredPerVariant(double baselineRate, double minimumDetectableEffect, double alpha = 0.05, double power = 0.8)
    {
        if (!(minimumDetectableEffect > 0 && minimumDetectableEffect < 1))
        {
            throw MlopsException.Invalid($"minimum detectable effect {minimumDetectableEffect} must be between 0 and 1");
        }
        long? rows = null;
        foreach (var target in (double[])[baselineRate + minimumDetectableEffect, baselineRate - minimumDetectableEffect])
        {
            if (target is >= 0 and <= 1)
            {
                var side = SampleSize.PerArmCeiling(baselineRate, target, alpha, power);
                rows = rows is { } other ? Math.Max(other, side) : side;
            }
        }
        if (rows is null)
        {
            throw MlopsException.Invalid($"minimum detectable effect {minimumDetectableEffect} is larger than the baseline {baselineRate} allows either way");
        }
        return rows <= int.MaxValue ? (int)rows.Value : throw MlopsException.Invalid($"the horizon of {rows} rows per variant is too large to run");
    }
}
