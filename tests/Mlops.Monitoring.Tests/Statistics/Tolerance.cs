namespace Mlops.Monitoring.Tests.Statistics;

/// <summary>The acceptance tolerance: 1e-7 relative; p-values below 1e-12 to 1e-12 absolute; an expected 0 to 1e-15.</summary>
public static class Tolerance
{
    public static void Close(double expected, double actual, string what, bool isPValue = false)
    {
        double allowed = isPValue && expected < 1e-12 ? 1e-12 : expected == 0 ? 1e-15 : 1e-7 * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(actual - expected):R}, allowed {allowed:R})");
    }
}
