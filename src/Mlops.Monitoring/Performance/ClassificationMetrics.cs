using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Performance;

/// <summary>Labelled performance of a window: accuracy with its Wilson interval, macro-F1, recall and support per class.</summary>
public sealed record ClassificationMetrics(
    long Count,
    long Correct,
    double Accuracy,
    ProportionInterval AccuracyInterval,
    double MacroF1,
    IReadOnlyDictionary<string, double> RecallByClass,
    IReadOnlyDictionary<string, long> SupportByClass);
