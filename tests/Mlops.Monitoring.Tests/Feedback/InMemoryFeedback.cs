using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Tests.Feedback;

/// <summary>A labels store over a fixed set of predictions, with the same outcomes as the real ones (see the contract suite).</summary>
internal sealed class InMemoryFeedback(IReadOnlyDictionary<string, PredictionOrigin> predictions) : IPredictionFeedback
{
    public Dictionary<string, string> Labels { get; } = [];

    public int Calls { get; private set; }

    public async Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check,
        CancellationToken ct = default)
    {
        Calls++;
        var outcomes = new List<LabelOutcome>();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (!predictions.TryGetValue(label.PredictionId, out var origin))
            {
                outcomes.Add(LabelOutcome.Rejected(i, label.PredictionId, $"unknown prediction_id '{label.PredictionId}'"));
                continue;
            }
            if (await check(label, origin, ct) is { } reason)
            {
                outcomes.Add(LabelOutcome.Rejected(i, label.PredictionId, reason));
                continue;
            }
            var replaced = Labels.ContainsKey(label.PredictionId);
            Labels[label.PredictionId] = label.Label;
            outcomes.Add(new LabelOutcome(i, label.PredictionId, replaced ? LabelStatus.Replaced : LabelStatus.Accepted));
        }
        return outcomes;
    }

    public Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<PredictionOrigin?>>([.. predictionIds.Select(id => id is not null && predictions.TryGetValue(id, out var o) ? o : null)]);

    public Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default) =>
        throw new NotSupportedException();
}
