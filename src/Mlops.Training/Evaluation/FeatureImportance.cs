namespace Mlops.Training.Evaluation;

/// <summary>Drop in accuracy when all feature columns of one source column are permuted together.</summary>
public sealed record FeatureImportance(string Source, IReadOnlyList<string> Columns, double Mean, double Std);
