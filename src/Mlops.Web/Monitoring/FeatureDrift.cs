namespace Mlops.Web.Monitoring;

/// <summary>One input's drift in one run: the test's score, whether it drifted, and the p-value of p-value tests.</summary>
public sealed record FeatureDrift(double Score, bool Detected, double? PValue);
