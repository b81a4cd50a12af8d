namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The fixed horizon: the labelled predictions every variant needs before a verdict, the fewest any variant has, and
/// the progress (that count over the requirement, at most 1).
/// </summary>
public sealed record AbHorizon(long RequiredPerVariant, long FewestLabelled, double Progress, bool Reached);
