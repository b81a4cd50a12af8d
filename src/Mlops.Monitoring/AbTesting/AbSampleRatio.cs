namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The sample-ratio-mismatch check of a split test: chi-square goodness of fit of the answered requests per variant
/// against the configured shares, flagged below <see cref="Threshold"/> (0.001, as GrowthBook does). A flagged split
/// means assignment or logging is broken, so no verdict is drawn from it.
/// </summary>
public sealed record AbSampleRatio(double ChiSquare, double PValue, double Threshold, bool Flagged)
{
    public const double DefaultThreshold = 0.001;
}
