using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The contract's fixed horizon, computed once at start: ceil(SampleSize.PerArm(baseline, baseline + MDE, alpha,
/// power)), or baseline − MDE where baseline + MDE would pass 1. Above 0.5 the upward change needs fewer rows than
/// the same drop, so a drop of the MDE is detected with less than the planned power (0.9 ± 0.05 at power 0.8: 424 rows
/// per variant; a drop to 0.85 needs 681 for 0.8, and has about 0.6 at 424).
/// </summary>
public static class AbHorizonPlan
{
    public static int RequiredPerVariant(double baselineRate, double minimumDetectableEffect, double alpha = 0.05, double power = 0.8)
    {
        if (!(minimumDetectableEffect > 0 && minimumDetectableEffect < 1))
        {
            throw MlopsException.Invalid($"minimum detectable effect {minimumDetectableEffect} must be between 0 and 1");
        }
        var target = baselineRate + minimumDetectableEffect <= 1 ? baselineRate + minimumDetectableEffect : baselineRate - minimumDetectableEffect;
        if (target < 0)
        {
            throw MlopsException.Invalid($"minimum detectable effect {minimumDetectableEffect} is larger than the baseline {baselineRate} allows either way");
        }
        var rows = SampleSize.PerArmCeiling(baselineRate, target, alpha, power);
        return rows <= int.MaxValue ? (int)rows : throw MlopsException.Invalid($"the horizon of {rows} rows per variant is too large to run");
    }
}
