namespace Mlops.Serving.Apis.Contracts;

/// <summary>Totals of one batch: record count, records per risk level (empty when the model has no levels), mean confidence.</summary>
public sealed record BatchSummary(int Count, IReadOnlyDictionary<string, int> RiskDistribution, double MeanConfidence);
