using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// One variant in the report: its model version and planned share, the predictions it made, how many were labelled,
/// and its accuracy on those with the 95% Wilson interval (null until it has a label).
/// </summary>
public sealed record AbVariantResult(
    string Name,
    int Version,
    double Share,
    long Requests,
    long Labelled,
    long Correct,
    double? Accuracy,
    ProportionInterval? AccuracyInterval);
