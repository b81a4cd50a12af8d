using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>
/// Moves the batches that the tracking file's <c>prediction_batches</c> holds (written before the log had its own file,
/// or later by an older binary) into the log file, keeping their <c>batch_seq</c> so order and page tokens survive.
/// A transaction spans one file only, so the move is two steps made idempotent by a watermark: copy a chunk and record
/// the last tracking sequence copied in one log transaction, then delete up to the watermark from the tracking file.
/// A crash between the two leaves rows in both files; the next run skips them by the watermark and deletes them.
/// The tracking table stays (empty): older binaries still read it.
/// </summary>
internal static class LegacyBatchMove
{
    // Legacy batches can hold thousands of rows each (~0.7 MB): a chunk bounds memory, not the number of transactions.
    private const int ChunkRows = 16;

    private const string SelectSql = """
        SELECT batch_seq, model_name, model_version, model_uri, first_time, last_time, row_count, payload
        FROM prediction_batches WHERE batch_seq > $after ORDER BY batch_seq LIMIT $limit;
        """;

    private const string InsertSql = """
        INSERT INTO prediction_batches (batch_seq, model_name, model_version, model_uri, first_time, last_time, row_count, payload)
        VALUES ($seq, $name, $version, $uri, $first, $last, $rows, $payload);
        """;

    private const string WatermarkSql = "SELECT COALESCE(MAX(last_batch_seq), 0) FROM moved_from_tracking;";

    public static async Task RunAsync(SqliteDatabase tracking, PredictionLogFile log, CancellationToken ct)
    {
        var newest = await tracking.ReadAsync(c => c.ScalarAsync("SELECT MAX(batch_seq) FROM prediction_batches;", null, ct), ct);
        if (newest is not long last)
        {
            return;
        }
        var moved = await log.WriteAsync(c => Watermark(c, null), ct);
        while (moved < last)
        {
            var after = moved;
            var chunk = await tracking.ReadAsync(c => c.QueryAsync(SelectSql, null, Read, ct, ("$after", after), ("$limit", ChunkRows)), ct);
            if (chunk.Count == 0)
            {
                break;
            }
            moved = await log.WriteAsync(c => Copy(c, chunk), ct);
        }
        await tracking.WriteAsync((c, tx) => c.ExecuteAsync("DELETE FROM prediction_batches WHERE batch_seq <= $moved;", tx, ct,
            ("$moved", moved)), ct);
    }

    private static long Copy(SqliteConnection connection, List<LegacyBatch> chunk)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // Re-read under the write lock: another process may have moved this chunk meanwhile.
        var moved = Watermark(connection, transaction);
        var top = Convert.ToInt64(Scalar(connection, transaction, "SELECT COALESCE(MAX(batch_seq), 0) FROM prediction_batches;"));
        foreach (var batch in chunk.Where(b => b.Seq > moved))
        {
            // A batch an older binary appended to the tracking file after the first move may reuse a sequence number
            // the log has already given out; it then goes last with a new one instead of colliding.
            var keep = batch.Seq > top;
            using var insert = connection.Command(InsertSql, transaction, ("$seq", keep ? batch.Seq : null),
                ("$name", batch.ModelName), ("$version", batch.ModelVersion), ("$uri", batch.ModelUri), ("$first", batch.FirstTime),
                ("$last", batch.LastTime), ("$rows", batch.RowCount), ("$payload", batch.Payload));
            insert.ExecuteNonQuery();
            top = keep ? batch.Seq : top + 1;
            moved = batch.Seq;
        }
        using (var record = connection.Command(
            "INSERT INTO moved_from_tracking (id, last_batch_seq) VALUES (1, $moved) ON CONFLICT (id) DO UPDATE SET last_batch_seq = $moved;",
            transaction, ("$moved", moved)))
        {
            record.ExecuteNonQuery();
        }
        transaction.Commit();
        return moved;
    }

    private static long Watermark(SqliteConnection connection, SqliteTransaction? transaction) =>
        Convert.ToInt64(Scalar(connection, transaction, WatermarkSql));

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.Command(sql, transaction);
        return command.ExecuteScalar();
    }

    private static LegacyBatch Read(SqliteDataReader r) => new(r.GetInt64(0), r.GetNullableString(1), r.GetNullableInt64(2), r.GetString(3),
        r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetFieldValue<byte[]>(7));

    private sealed record LegacyBatch(long Seq, string? ModelName, long? ModelVersion, string ModelUri, long FirstTime, long LastTime,
        long RowCount, byte[] Payload);
}
