using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Tests.Reports;

/// <summary>A prediction log and label store in memory: records newest first, pages of the requested size.</summary>
internal sealed class MemoryPredictionLog : IPredictionLog, IPredictionFeedback
{
    private readonly List<PredictionRecord> _records = [];
    private readonly Dictionary<string, string> _labels = [];

    public int PagesRead { get; private set; }

    public void Add(PredictionRecord record) => _records.Insert(0, record);

    public void Label(string id, string label) => _labels[id] = label;

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
    {
        PagesRead++;
        var matching = _records.Where(r => (query.ModelName is null || r.ModelName == query.ModelName)
            && (query.ModelVersion is null || r.ModelVersion == query.ModelVersion)
            && (query.Since is null || r.Time >= query.Since)).ToList();
        var start = query.PageToken is null ? 0 : int.Parse(query.PageToken, CultureInfo.InvariantCulture);
        var page = matching.Skip(start).Take(query.MaxResults).ToList();
        var next = start + page.Count < matching.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new PredictionPage(page, next));
    }

    public Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default)
    {
        IReadOnlyList<LabelledPrediction> rows = [.. _records
            .Where(r => _labels.ContainsKey(r.Id) && r.ModelName == query.ModelName
                && (query.Since is null || r.Time >= query.Since) && (query.Until is null || r.Time < query.Until))
            .Take(query.MaxResults).Reverse()
            .Select(r => new LabelledPrediction(r, _labels[r.Id], null, r.Time, r.Time))];
        return Task.FromResult(rows);
    }

    public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default) =>
        throw new NotSupportedException();
}
