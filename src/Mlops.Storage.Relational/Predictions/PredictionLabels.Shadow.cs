using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

public static partial class PredictionLabels
{
    /// <summary>
    /// The shadow rows <paramref name="query"/> names that have a label: a shadow score has the id of the answered
    /// prediction, so it joins that label, found by the id's time (a label's <c>predicted_at</c> is the time its id carries).
    /// </summary>
    private static async Task<List<LabelledPrediction>> ShadowAsync(SqlSession session, LabelledQuery query, CancellationToken ct)
    {
        string[] conditions =
        [
            "ab_shadow = 1",
            .. query.ModelName is null ? Array.Empty<string>() : ["model_name = @name"],
            .. query.ModelVersion is null ? Array.Empty<string>() : ["model_version = @version"],
            .. query.AbTestId is null ? Array.Empty<string>() : ["ab_test_id = @test"],
        ];
        var batches = await session.QueryAsync(
            $"SELECT batch_seq FROM prediction_batches WHERE {string.Join(" AND ", conditions)} ORDER BY batch_seq;", r => r.GetInt64(0), ct,
            ("name", query.ModelName), ("version", query.ModelVersion), ("test", query.AbTestId));
        var joined = new List<LabelledPrediction>();
        foreach (var seq in batches)
        {
            if (await StoredPredictionLookup.DecodeAsync(session, seq, ct) is not { } batch)
            {
                continue;
            }
            var times = new List<long>(batch.Count);
            foreach (var id in batch.Ids)
            {
                if (PredictionTimes.FromId(id) is { } t)
                {
                    times.Add(t);
                }
            }
            var low = Math.Max(times.Count == 0 ? long.MaxValue : times.Min(), query.Since?.ToUnixTimeMilliseconds() ?? long.MinValue);
            var high = Math.Min(times.Count == 0 ? long.MinValue : times.Max(), (query.Until?.ToUnixTimeMilliseconds() ?? long.MaxValue) - 1);
            if (low > high)
            {
                continue;
            }
            var labels = await session.QueryAsync("""
                SELECT prediction_id, batch_seq, label, observed_at, received_at, updated_at FROM prediction_labels
                WHERE predicted_at BETWEEN @low AND @high;
                """, r => new StoredLabel(Guid.Parse(r.GetString(0)), r.GetInt64(1), r.GetString(2), r.GetNullableInt64(3), r.GetInt64(4),
                r.GetInt64(5)), ct, ("low", low), ("high", high));
            var rows = StoredPredictionLookup.RowsById(batch);
            foreach (var label in labels)
            {
                if (rows.TryGetValue(label.PredictionId, out var row))
                {
                    joined.Add(label.Join(batch.ToRecord(row)));
                }
            }
        }
        return joined;
    }
}
