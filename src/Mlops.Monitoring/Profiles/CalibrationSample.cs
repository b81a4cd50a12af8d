namespace Mlops.Monitoring.Profiles;

/// <summary>
/// Held-out (confidence, correct?) pairs, index for index: the largest class probability of a row and whether its
/// prediction was right. Bounded: a larger held-out set is sampled with a fixed seed.
/// </summary>
public sealed record CalibrationSample(double[] Confidence, bool[] Correct);
