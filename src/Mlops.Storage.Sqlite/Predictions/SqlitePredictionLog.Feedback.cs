using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;

namespace Mlops.Storage.Sqlite.Predictions;

public sealed partial class SqlitePredictionLog
{
    /// <summary>Records labels in one transaction on the log file's writer connection (appends wait for it).</summary>
    public async Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check,
        CancellationToken ct = default) =>
        await PredictionLabels.RecordAsync(await OpenAsync(ct), labels, check, tracking.Time, ct);

    public async Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default) =>
        await PredictionLabels.FindOriginsAsync(await OpenAsync(ct), predictionIds, ct);

    public async Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default) =>
        await PredictionLabels.ListAsync(await OpenAsync(ct), query, ct);
}
