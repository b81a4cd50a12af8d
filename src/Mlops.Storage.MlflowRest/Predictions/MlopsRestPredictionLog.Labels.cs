using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Mlflow.Wire.Predictions;

namespace Mlops.Storage.MlflowRest.Predictions;

public sealed partial class MlopsRestPredictionLog
{
    /// <summary>
    /// Keeps <see cref="IPredictionFeedback"/>'s contract over the wire: the origins of the ids are fetched first and
    /// <paramref name="check"/> runs here on each found one; what it rejects is not sent, the rest are recorded by the
    /// server in one transaction, and the outcomes come back merged in the caller's order and indexes. An item whose
    /// prediction the server does not hold, or that is malformed (no id, a blank label), is sent unchecked, so the
    /// store's own reason is reported, as a local store reports it before its check runs.
    /// </summary>
    public async Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(check);
        if (labels.Count == 0)
        {
            return [];
        }
        var origins = await FindOriginsAsync([.. labels.Select(l => l?.PredictionId)], ct);
        var outcomes = new LabelOutcome?[labels.Count];
        var sent = new List<int>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { } label && !string.IsNullOrWhiteSpace(label.Label) && origins[i] is { } origin
                && await check(label, origin, ct) is { } reason)
            {
                outcomes[i] = LabelOutcome.Rejected(i, label.PredictionId ?? "", reason);
                continue;
            }
            sent.Add(i);
        }
        if (sent.Count > 0)
        {
            await SendAsync(labels, sent, outcomes, ct);
        }
        return [.. outcomes.Select((o, i) => o ?? throw Unexpected($"no outcome for item {i}"))];
    }

    public async Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predictionIds);
        await RequireLabelsAsync(ct);
        var origins = (await http.SendJsonAsync<PredictionOriginsResponse>(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.Origins,
            new PredictionOriginsRequest([.. predictionIds]), ct)).Origins ?? [];
        if (origins.Count != predictionIds.Count)
        {
            throw Unexpected($"{origins.Count} origin(s) for {predictionIds.Count} prediction id(s)");
        }
        return [.. origins.Select(o => o is null ? null : PredictionRecordWire.FromDto(o))];
    }

    public async Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await RequireLabelsAsync(ct);
        var answer = await http.SendJsonAsync<LabelledPredictionsResponse>(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.Labelled,
            PredictionQueryWire.ToDto(query), ct);
        return [.. (answer.Labelled ?? []).Select(PredictionRecordWire.FromDto)];
    }

    private async Task SendAsync(IReadOnlyList<PredictionLabel> labels, List<int> sent, LabelOutcome?[] outcomes, CancellationToken ct)
    {
        var request = new RecordLabelsRequest([.. sent.Select(i => PredictionLabelWire.ToDto(labels[i]))]);
        var answer = await http.SendJsonAsync<RecordLabelsResponse>(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.Labels, request, ct);
        foreach (var dto in answer.Outcomes ?? [])
        {
            if (dto.Index < 0 || dto.Index >= sent.Count)
            {
                throw Unexpected($"an outcome for item {dto.Index} of {sent.Count} sent");
            }
            var index = sent[dto.Index];
            outcomes[index] = PredictionLabelWire.FromDto(dto) with { Index = index };
        }
    }

    private async Task RequireLabelsAsync(CancellationToken ct)
    {
        if (!await HasLabelsAsync(ct))
        {
            throw MlopsException.Invalid($"Tracking server '{server}' has no prediction log to label: it is an MLflow server, or an mlops " +
                "server whose backend keeps none. Label a SQLite or PostgreSQL store instead (mlops: --prediction-log-uri sqlite:///PATH " +
                "or postgresql://USER@HOST:PORT/DB).");
        }
    }

    private MlopsException Unexpected(string what) =>
        new(ErrorCode.InternalError, $"Unexpected answer from the tracking server '{server}' to the labels: {what}.");
}
