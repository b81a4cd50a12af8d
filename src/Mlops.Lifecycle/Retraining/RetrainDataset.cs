namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The rows of one retrain, written under <see cref="Directory"/>, all in the raw CSV layout of data.raw (schema
/// columns and the target):
/// <see cref="TrainingCsv"/> — what the candidate may train on (the original training rows per
/// continuous_training.data.rows, plus the labelled predictions minus the holdout; a weight column when recency weights
/// are on); <see cref="HoldoutCsv"/> — the newest labelled predictions, never trained on; <see cref="OriginalHeldOutCsv"/>
/// — the original pipeline's held-out rows (data.raw split as the features stage splits it), never trained on either;
/// <see cref="QuarantineCsv"/> — labelled rows that failed validation, with the reason.
/// <see cref="ContentHash"/> versions the training and holdout files together (the retrain run's lineage);
/// <see cref="RowsBySource"/> counts rows per source (original, feedback, holdout, original_held_out, quarantined).
/// <see cref="HoldoutLeakageShare"/> is the share of holdout rows with a near-copy among the training rows (the
/// pipeline's leakage check, evaluation.leakage_distance).
/// </summary>
public sealed record RetrainDataset(
    string Directory,
    string TrainingCsv,
    string HoldoutCsv,
    string OriginalHeldOutCsv,
    string QuarantineCsv,
    string ContentHash,
    IReadOnlyDictionary<string, long> RowsBySource,
    double HoldoutLeakageShare,
    string? WeightColumn);
