using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The prune of a <c>prediction_batches</c> table, shared by SQLite and PostgreSQL. It first finds the newest batch
/// beyond the rows to keep (one scan of the small columns), then deletes in chunks of <see cref="ChunkBatches"/>, each
/// its own statement, so appends from a serving process wait for one chunk at most, never for the whole prune.
/// </summary>
public static class PredictionPruning
{
    public const int ChunkBatches = 2_000;

    /// <summary>Runs <paramref name="prune"/> on <paramref name="database"/>'s <c>prediction_batches</c> table.</summary>
    public static async Task<PredictionPruneResult> PruneAsync(IRelationalDatabase database, PredictionPrune prune, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prune);
        if (prune.DeletesNothing)
        {
            return PredictionPruneResult.None;
        }
        var boundary = await database.ReadAsync(s => BoundaryAsync(s, prune, ct), ct);
        if (prune.DryRun)
        {
            return await database.ReadAsync(s => CountAsync(s, prune, boundary, ct), ct);
        }
        var total = PredictionPruneResult.None;
        while (true)
        {
            var chunk = await database.WriteAsync(s => DeleteChunkAsync(s, prune, boundary, ct), ct);
            total = total.Add(chunk.Batches, chunk.Rows);
            if (chunk.Batches < ChunkBatches)
            {
                return total;
            }
        }
    }

    // The age cutoff and the rows boundary are sentinels when unset, so one statement serves every prune.
    private static (string Name, object? Value)[] Parameters(PredictionPrune prune, long boundary, params (string Name, object? Value)[] more) =>
    [
        ("cutoff", prune.OlderThan?.ToUnixTimeMilliseconds() ?? long.MinValue),
        ("boundary", boundary),
        .. ModelParameter(prune),
        .. more,
    ];

    private static (string Name, object? Value)[] ModelParameter(PredictionPrune prune) =>
        prune.ModelName is { } name ? [("name", name)] : [];

    /// <summary>The newest batch_seq to delete so that at most KeepNewestRows remain, or <see cref="long.MinValue"/>.</summary>
    private static async Task<long> BoundaryAsync(SqlSession session, PredictionPrune prune, CancellationToken ct)
    {
        if (prune.KeepNewestRows is not { } keep)
        {
            return long.MinValue;
        }
        var sql = $"""
            SELECT batch_seq FROM (
                SELECT batch_seq, SUM(row_count) OVER (ORDER BY batch_seq DESC ROWS UNBOUNDED PRECEDING) AS newer
                FROM prediction_batches {ModelFilter(prune, "WHERE")}) AS t
            WHERE newer > @keep ORDER BY batch_seq DESC LIMIT 1;
            """;
        var value = await session.ScalarAsync(sql, ct, [("keep", keep), .. ModelParameter(prune)]);
        return value is null ? long.MinValue : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Counts what the prune would delete (a dry run).</summary>
    private static async Task<PredictionPruneResult> CountAsync(SqlSession session, PredictionPrune prune, long boundary, CancellationToken ct)
    {
        var sql = $"SELECT COUNT(*), COALESCE(SUM(row_count), 0) FROM prediction_batches WHERE {Doomed(prune)};";
        var rows = await session.QueryAsync(sql, r => new PredictionPruneResult(r.GetInt64(0), Convert.ToInt64(r.GetValue(1),
            CultureInfo.InvariantCulture)), ct, Parameters(prune, boundary));
        return rows[0];
    }

    /// <summary>
    /// Deletes one chunk and the labels of its predictions (in the same transaction); the result has fewer than
    /// <see cref="ChunkBatches"/> batches when nothing is left.
    /// </summary>
    private static async Task<PredictionPruneResult> DeleteChunkAsync(SqlSession session, PredictionPrune prune, long boundary, CancellationToken ct)
    {
        var sql = $"""
            DELETE FROM prediction_batches WHERE batch_seq IN (
                SELECT batch_seq FROM prediction_batches WHERE {Doomed(prune)} ORDER BY batch_seq LIMIT @chunk)
            RETURNING batch_seq, row_count;
            """;
        var deleted = await session.QueryAsync(sql, r => (Seq: r.GetInt64(0), Rows: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)),
            ct, Parameters(prune, boundary, ("chunk", ChunkBatches)));
        if (deleted.Count > 0)
        {
            await session.ExecuteAsync("""
                DELETE FROM prediction_labels WHERE batch_seq BETWEEN @low AND @high
                    AND batch_seq NOT IN (SELECT batch_seq FROM prediction_batches WHERE batch_seq BETWEEN @low AND @high);
                """, ct, ("low", deleted.Min(d => d.Seq)), ("high", deleted.Max(d => d.Seq)));
        }
        return new PredictionPruneResult(deleted.Count, deleted.Sum(d => d.Rows));
    }

    private static string Doomed(PredictionPrune prune) =>
        $"(last_time < @cutoff OR batch_seq <= @boundary){ModelFilter(prune, " AND")}";

    private static string ModelFilter(PredictionPrune prune, string keyword) =>
        prune.ModelName is null ? "" : $"{keyword} model_name = @name";
}
