using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Tests.AbTesting;

/// <summary>
/// A prediction log with labels in memory that honours the A/B filters (test id, shadow rows only when asked) and the
/// labelled query's contract: the newest MaxResults before Until, returned oldest first. Counts the queries it served.
/// </summary>
internal sealed class AbMemoryLog : IPredictionLog, IPredictionFeedback
{
    private readonly List<PredictionRecord> _records = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public int LabelledQueries { get; private set; }

    public int PredictionPages { get; private set; }

    public void Add(PredictionRecord record) => _records.Add(record);

    public void Label(string id, string label) => _labels[id] = label;

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
    {
        PredictionPages++;
        var matching = Matching(query.AbTestId, query.IncludeShadow).OrderByDescending(r => r.Time).ToList();
        var start = query.PageToken is null ? 0 : int.Parse(query.PageToken, CultureInfo.InvariantCulture);
        var page = matching.Skip(start).Take(query.MaxResults).ToList();
        var next = start + page.Count < matching.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new PredictionPage(page, next));
    }

    public Task<IReadOnlyList<LabelledPrediction>> ListLabelledAsync(LabelledQuery query, CancellationToken ct = default)
    {
        LabelledQueries++;
        IReadOnlyList<LabelledPrediction> rows = [.. Matching(query.AbTestId, query.IncludeShadow)
            .Where(r => _labels.ContainsKey(r.Id) && (query.Until is null || r.Time < query.Until))
            .OrderByDescending(r => r.Time).ThenByDescending(r => r.Id, StringComparer.Ordinal).Take(query.MaxResults)
            .OrderBy(r => r.Time).Select(r => new LabelledPrediction(r, _labels[r.Id], null, r.Time, r.Time))];
        return Task.FromResult(rows);
    }

    private IEnumerable<PredictionRecord> Matching(string? testId, bool includeShadow) =>
        _records.Where(r => (testId is null || r.Assignment?.TestId == testId) && (includeShadow || r.Assignment?.Shadow != true));

    public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<LabelOutcome>> RecordLabelsAsync(IReadOnlyList<PredictionLabel> labels, LabelCheck check, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IReadOnlyList<string?> predictionIds, CancellationToken ct = default) =>
        throw new NotSupportedException();
}
