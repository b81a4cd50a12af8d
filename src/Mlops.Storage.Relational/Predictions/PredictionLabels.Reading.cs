using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

public static partial class PredictionLabels
{
    /// <summary>Reads the labelled predictions <paramref name="query"/> names, oldest prediction first.</summary>
    public static Task<IReadOnlyList<LabelledPrediction>> ListAsync(IRelationalDatabase database, LabelledQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxResults is < 1 or > LabelledQuery.MaxLimit)
        {
            throw MlopsException.Invalid($"max_results {query.MaxResults} must be between 1 and {LabelledQuery.MaxLimit}.");
        }
        string[] conditions =
        [
            .. query.ModelName is null ? Array.Empty<string>() : ["l.model_name = @name"],
            .. query.ModelVersion is null ? Array.Empty<string>() : ["l.model_version = @version"],
            .. query.Since is null ? Array.Empty<string>() : ["l.predicted_at >= @since"],
            .. query.Until is null ? Array.Empty<string>() : ["l.predicted_at < @until"],
            .. query.AbTestId is null ? Array.Empty<string>() : ["b.ab_test_id = @test"],
        ];
        var where = conditions.Length == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        // A label points to the answered prediction's batch, so the test filter is that batch's column.
        var join = query.AbTestId is null ? "" : "JOIN prediction_batches b ON b.batch_seq = l.batch_seq";
        var sql = $"""
            SELECT l.prediction_id, l.batch_seq, l.label, l.observed_at, l.received_at, l.updated_at FROM prediction_labels l {join} {where}
            ORDER BY l.predicted_at DESC, l.prediction_id DESC LIMIT @limit;
            """;
        return database.ReadAsync<IReadOnlyList<LabelledPrediction>>(async session =>
        {
            var labels = await session.QueryAsync(sql, r => new StoredLabel(Guid.Parse(r.GetString(0)), r.GetInt64(1), r.GetString(2),
                r.GetNullableInt64(3), r.GetInt64(4), r.GetInt64(5)), ct,
                ("name", query.ModelName), ("version", query.ModelVersion), ("since", query.Since?.ToUnixTimeMilliseconds()),
                ("until", query.Until?.ToUnixTimeMilliseconds()), ("test", query.AbTestId), ("limit", query.MaxResults));
            var joined = await JoinAsync(session, labels, ct);
            if (query.IncludeShadow)
            {
                joined.AddRange(await ShadowAsync(session, query, ct));
            }
            joined.Sort(OldestFirst);
            // The newest MaxResults of answered and shadow rows together; a shadow row sorts just after its answer.
            return joined.Count <= query.MaxResults ? joined : joined.GetRange(joined.Count - query.MaxResults, query.MaxResults);
        }, ct);
    }

    /// <summary>Decodes each batch the labels point to once and pairs every label with its prediction's record.</summary>
    private static async Task<List<LabelledPrediction>> JoinAsync(SqlSession session, List<StoredLabel> labels, CancellationToken ct)
    {
        var joined = new List<LabelledPrediction>(labels.Count);
        foreach (var group in labels.GroupBy(l => l.BatchSeq))
        {
            // A pruned batch takes its predictions with it; their labels have nothing left to join.
            if (await StoredPredictionLookup.DecodeAsync(session, group.Key, ct) is not { } batch)
            {
                continue;
            }
            var rows = StoredPredictionLookup.RowsById(batch);
            foreach (var label in group)
            {
                if (rows.TryGetValue(label.PredictionId, out var row))
                {
                    joined.Add(label.Join(batch.ToRecord(row)));
                }
            }
        }
        return joined;
    }

    /// <summary>By time, then id; a shadow row after the answered row of the same id.</summary>
    private static int OldestFirst(LabelledPrediction a, LabelledPrediction b)
    {
        var byTime = a.Prediction.Time.CompareTo(b.Prediction.Time);
        var byId = byTime != 0 ? byTime : string.CompareOrdinal(a.Prediction.Id, b.Prediction.Id);
        return byId != 0 ? byId : (a.Prediction.Assignment?.Shadow ?? false).CompareTo(b.Prediction.Assignment?.Shadow ?? false);
    }

    private sealed record StoredLabel(Guid PredictionId, long BatchSeq, string Label, long? ObservedAt, long ReceivedAt, long UpdatedAt)
    {
        public LabelledPrediction Join(PredictionRecord prediction) => new(prediction, Label,
            ObservedAt is { } observed ? DateTimeOffset.FromUnixTimeMilliseconds(observed) : null,
            DateTimeOffset.FromUnixTimeMilliseconds(ReceivedAt), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt));
    }
}
