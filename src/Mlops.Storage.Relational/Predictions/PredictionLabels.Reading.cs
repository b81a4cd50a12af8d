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
            .. query.ModelName is null ? Array.Empty<string>() : ["model_name = @name"],
            .. query.ModelVersion is null ? Array.Empty<string>() : ["model_version = @version"],
            .. query.Since is null ? Array.Empty<string>() : ["predicted_at >= @since"],
            .. query.Until is null ? Array.Empty<string>() : ["predicted_at < @until"],
        ];
        var where = conditions.Length == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var sql = $"""
            SELECT prediction_id, batch_seq, label, observed_at, received_at, updated_at FROM prediction_labels {where}
            ORDER BY predicted_at DESC, prediction_id DESC LIMIT @limit;
            """;
        return database.ReadAsync<IReadOnlyList<LabelledPrediction>>(async session =>
        {
            var labels = await session.QueryAsync(sql, r => new StoredLabel(Guid.Parse(r.GetString(0)), r.GetInt64(1), r.GetString(2),
                r.GetNullableInt64(3), r.GetInt64(4), r.GetInt64(5)), ct,
                ("name", query.ModelName), ("version", query.ModelVersion), ("since", query.Since?.ToUnixTimeMilliseconds()),
                ("until", query.Until?.ToUnixTimeMilliseconds()), ("limit", query.MaxResults));
            return await JoinAsync(session, labels, ct);
        }, ct);
    }

    /// <summary>Decodes each batch the labels point to once and pairs every label with its prediction's record.</summary>
    private static async Task<IReadOnlyList<LabelledPrediction>> JoinAsync(SqlSession session, List<StoredLabel> labels, CancellationToken ct)
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
                    joined.Add(new LabelledPrediction(batch.ToRecord(row), label.Label,
                        label.ObservedAt is { } observed ? DateTimeOffset.FromUnixTimeMilliseconds(observed) : null,
                        DateTimeOffset.FromUnixTimeMilliseconds(label.ReceivedAt), DateTimeOffset.FromUnixTimeMilliseconds(label.UpdatedAt)));
                }
            }
        }
        joined.Sort((a, b) => a.Prediction.Time != b.Prediction.Time
            ? a.Prediction.Time.CompareTo(b.Prediction.Time)
            : string.CompareOrdinal(a.Prediction.Id, b.Prediction.Id));
        return joined;
    }

    private sealed record StoredLabel(Guid PredictionId, long BatchSeq, string Label, long? ObservedAt, long ReceivedAt, long UpdatedAt);
}
