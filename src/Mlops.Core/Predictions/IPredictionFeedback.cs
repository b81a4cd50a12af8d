namespace Mlops.Core.Predictions;

/// <summary>
/// The true labels of logged predictions, stored next to the prediction log and joined to it by prediction id. Apart
/// from <see cref="IPredictionLog"/> because readers (monitoring) and writers (feedback) need only this, and a store
/// without labels still logs predictions.
/// </summary>
public interface IPredictionFeedback
{
    /// <summary>
    /// Records <paramref name="labels"/> in one transaction, one outcome per item in the same order. The store rejects an
    /// item whose prediction it does not hold or that is malformed; <paramref name="check"/> decides the rest (the label's
    /// class). A second label for a prediction replaces the first; a rejected item changes nothing.
    /// </summary>
    Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check, CancellationToken ct = default);

    /// <summary>
    /// The model that made each of <paramref name="predictionIds"/>, in the same order: null for an id the store holds no
    /// answered prediction for, or that is not a prediction id. A read: what a client checks a label against before it
    /// records it through a remote store.
    /// </summary>
    Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default);

    /// <summary>The labelled predictions <paramref name="query"/> names, oldest prediction first.</summary>
    Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default);
}
