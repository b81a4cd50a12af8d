namespace Mlops.Core.Predictions;

/// <summary>One stored append as a backend reads it back: its sequence number and its records in append order.</summary>
public sealed record StoredPredictions(long Seq, IReadOnlyList<PredictionRecord> Records);
