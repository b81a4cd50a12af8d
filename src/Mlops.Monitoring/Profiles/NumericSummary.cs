namespace Mlops.Monitoring.Profiles;

/// <summary>
/// A numeric input over all training rows (min, max, mean, population std, quantiles at <see cref="QuantileLevels"/>,
/// linearly interpolated as NumPy's default) and a sample of at most the profile's sample size, sorted ascending,
/// that drift tests compare a window against.
/// </summary>
public sealed record NumericSummary(
    double Min,
    double Max,
    double Mean,
    double Std,
    IReadOnlyList<double> QuantileLevels,
    IReadOnlyList<double> Quantiles,
    double[] Sample);
