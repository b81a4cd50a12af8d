namespace Mlops.Core.Predictions;

/// <summary>One stored append as a backend reads it for <see cref="IPredictionBatchLog"/>: its sequence number and its
/// batch, or a null batch for an append stored only as records.</summary>
public sealed record StoredBatch(long Seq, PredictionBatch? Batch);
