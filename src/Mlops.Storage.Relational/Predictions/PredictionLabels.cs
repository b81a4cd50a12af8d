using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The <c>prediction_labels</c> table next to <c>prediction_batches</c>, shared by SQLite and PostgreSQL: one row per
/// labelled prediction, keyed by its id and carrying its batch, model and time so a monitoring window reads its labels
/// by index and decodes only the batches they point to.
/// </summary>
public static partial class PredictionLabels
{
    /// <summary>Longer labels are rejected: a class name, not a document.</summary>
    public const int MaxLabelLength = 250;

    private const string UpsertSql = """
        INSERT INTO prediction_labels (prediction_id, batch_seq, model_name, model_version, predicted_at, label, observed_at,
            received_at, updated_at)
        VALUES (@id, @seq, @name, @version, @predicted, @label, @observed, @now, @now)
        ON CONFLICT (prediction_id) DO UPDATE SET label = excluded.label, observed_at = excluded.observed_at,
            updated_at = excluded.updated_at;
        """;

    /// <summary>Records <paramref name="labels"/> in one transaction of <paramref name="database"/> (see <see cref="IPredictionFeedback"/>).</summary>
    public static Task<IReadOnlyList<LabelOutcome>> RecordAsync(IRelationalDatabase database, IReadOnlyList<PredictionLabel> labels,
        LabelCheck check, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(time);
        if (labels.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<LabelOutcome>>([]);
        }
        return database.WriteAsync<IReadOnlyList<LabelOutcome>>(async session =>
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var lookup = new StoredPredictionLookup(session);
            var outcomes = new LabelOutcome[labels.Count];
            for (var i = 0; i < labels.Count; i++)
            {
                outcomes[i] = await RecordOneAsync(session, lookup, i, labels[i], check, now, ct);
            }
            return outcomes;
        }, ct);
    }

    /// <summary>The origins of <paramref name="predictionIds"/> in one read of <paramref name="database"/> (see <see cref="IPredictionFeedback"/>).</summary>
    public static Task<IReadOnlyList<PredictionOrigin?>> FindOriginsAsync(IRelationalDatabase database, IReadOnlyList<string?> predictionIds,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(predictionIds);
        return database.ReadAsync<IReadOnlyList<PredictionOrigin?>>(async session =>
        {
            var lookup = new StoredPredictionLookup(session);
            var origins = new PredictionOrigin?[predictionIds.Count];
            for (var i = 0; i < origins.Length; i++)
            {
                if (Guid.TryParse(predictionIds[i], out var id))
                {
                    origins[i] = (await lookup.FindAsync(id, ct))?.Origin;
                }
            }
            return origins;
        }, ct);
    }

    private static async Task<LabelOutcome> RecordOneAsync(SqlSession session, StoredPredictionLookup lookup, int index,
        PredictionLabel label, LabelCheck check, long now, CancellationToken ct)
    {
        var shown = label.PredictionId ?? "";
        if (Malformed(label) is { } problem)
        {
            return LabelOutcome.Rejected(index, shown, problem);
        }
        var id = Guid.Parse(label.PredictionId!);
        var key = id.ToString();
        if (await lookup.FindAsync(id, ct) is not { } stored)
        {
            return LabelOutcome.Rejected(index, shown, $"unknown prediction_id '{key}': no logged prediction has it");
        }
        if (await check(label, stored.Origin, ct) is { } reason)
        {
            return LabelOutcome.Rejected(index, shown, reason);
        }
        var existing = await session.ScalarAsync("SELECT 1 FROM prediction_labels WHERE prediction_id = @id;", ct, ("id", key));
        await session.ExecuteAsync(UpsertSql, ct,
            ("id", key), ("seq", stored.BatchSeq), ("name", stored.Origin.ModelName), ("version", stored.Origin.ModelVersion),
            ("predicted", stored.UnixMilliseconds), ("label", label.Label), ("observed", label.ObservedAt?.ToUnixTimeMilliseconds()),
            ("now", now));
        return new LabelOutcome(index, shown, existing is null ? LabelStatus.Accepted : LabelStatus.Replaced);
    }

    /// <summary>Why <paramref name="label"/> cannot be stored as it stands, or null.</summary>
    private static string? Malformed(PredictionLabel? label)
    {
        if (label is null)
        {
            return "the item is null; expected {\"prediction_id\": ..., \"label\": ...}";
        }
        if (string.IsNullOrWhiteSpace(label.PredictionId))
        {
            return "prediction_id is required";
        }
        if (!Guid.TryParse(label.PredictionId, out _))
        {
            return $"prediction_id {ErrorText.Quote(label.PredictionId)} is not a UUID";
        }
        if (string.IsNullOrWhiteSpace(label.Label))
        {
            return "label is required and must not be blank";
        }
        if (label.Label.Length > MaxLabelLength)
        {
            return $"label is {label.Label.Length} characters long; the limit is {MaxLabelLength}";
        }
        return null;
    }
}
