namespace Mlops.Monitoring.Profiles;

/// <summary>Accuracy, macro-F1 and the recall of each class on the held-out rows, as the evaluate stage measured them.</summary>
public sealed record HeldOutMetrics(double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> PerClassRecall);
