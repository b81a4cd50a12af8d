namespace Mlops.Core.Predictions;

/// <summary>
/// Decides whether <paramref name="label"/> may label a prediction made by <paramref name="origin"/>: null to accept, or
/// the reason to reject it. Called by the store once the prediction is found, inside the recording transaction.
/// </summary>
public delegate ValueTask<string?> LabelCheck(PredictionLabel label, PredictionOrigin origin, CancellationToken ct);
