namespace Mlops.Training.Evaluation;

/// <summary>Headline and per-class metrics of a classifier on one test set.</summary>
public sealed record ClassificationMetrics(
    int Rows,
    double Accuracy,
    double MacroPrecision,
    double MacroRecall,
    double MacroF1,
    double WeightedPrecision,
    double WeightedRecall,
    double WeightedF1,
    double LogLoss,
    double MeanCost,
    double TotalCost,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<string> Classes,
    ConfusionMatrix Confusion);
