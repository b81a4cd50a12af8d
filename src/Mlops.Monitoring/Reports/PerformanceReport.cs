using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// The window's performance beside the reference's held-out figures: realised on the labelled predictions (null
/// without labels) and estimated from confidences (CBPE, calibrated on the held-out rows), each with its drop verdict.
/// </summary>
public sealed record PerformanceReport(
    HeldOutMetrics Reference,
    ClassificationMetrics? Labelled,
    bool LabelledDrop,
    double EstimatedAccuracy,
    bool EstimatedDrop,
    int MinLabels,
    double MaxEstimatedDrop);
