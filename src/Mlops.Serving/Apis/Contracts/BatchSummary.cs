namespace Mlops.Serving.Apis.Contracts;

/// <summary>Totals of one batch: record count, records per risk level, mean confidence.</summary>
public sealed record BatchSummary(int Count, IReadOnlyDictionary<string, int> RiskDistribution, double MeanConfidence);
