namespace Mlops.Monitoring.Profiles;

/// <summary>
/// The model on its held-out rows: how often it predicted each class (<see cref="PredictedCounts"/>, in
/// <see cref="Classes"/> order), its metrics there, and the calibration pairs confidence-based performance estimation
/// fits on.
/// </summary>
public sealed record HeldOutProfile(
    long Rows,
    IReadOnlyList<string> Classes,
    IReadOnlyList<long> PredictedCounts,
    HeldOutMetrics Metrics,
    CalibrationSample Calibration);
