using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.AbTesting;

public sealed class AbHorizonPlanTests
{
    [Fact]
    public void RequiredPerVariant_FixtureCase085Plus005_681()
    {
        // The fixture's sample_size case 0.85 vs 0.9: n_per_arm_ceil 681.
        Assert.Equal(681, AbHorizonPlan.RequiredPerVariant(0.85, 0.05));
    }

    [Fact]
    public void RequiredPerVariant_BaselinePlusMdeAboveOne_UsesTheDrop()
    {
        Assert.Equal(SampleSize.PerArmCeiling(0.98, 0.93), AbHorizonPlan.RequiredPerVariant(0.98, 0.05));
    }

    [Theory]
    [InlineData(0.9, 0)]
    [InlineData(0.5, 0.6)]
    public void RequiredPerVariant_NoRoomForTheEffect_RejectedNamingIt(double baseline, double mde)
    {
        var error = Assert.Throws<MlopsException>(() => AbHorizonPlan.RequiredPerVariant(baseline, mde));

        Assert.Contains($"minimum detectable effect {mde}", error.Message);
    }
}
