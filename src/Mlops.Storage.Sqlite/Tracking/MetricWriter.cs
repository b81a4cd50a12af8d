using System.Buffers;
using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// The metric write path, the hottest in the store: a batch becomes one <c>metric_blocks</c> row per key (see
/// Migration3) and one <c>latest_metrics</c> upsert per key. Statements are bound by position on SQLite's own API,
/// prepared once per connection and kept in its <see cref="Schema.CommandCache"/>.
/// </summary>
internal static class MetricWriter
{
    // Latest = highest step, then latest timestamp (ties go to the later write), as MLflow's latest_metrics.
    private const string UpsertLatestSql = """
        INSERT INTO latest_metrics (run_id, key, value, is_nan, timestamp, step) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (run_id, key) DO UPDATE SET
            value = excluded.value, is_nan = excluded.is_nan, timestamp = excluded.timestamp, step = excluded.step
        WHERE excluded.step > latest_metrics.step
           OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp);
        """;

    private const string InsertBlockSql = "INSERT INTO metric_blocks (run_id, key, points) VALUES (?1, ?2, ?3);";

    /// <summary>Writes the points of one run inside the caller's transaction.</summary>
    public static void Write(SqliteConnection connection, string runId, IReadOnlyList<Metric> metrics)
    {
        var cache = Schema.CommandCache.For(connection);
        var insert = cache.Raw(InsertBlockSql);
        var upsert = cache.Raw(UpsertLatestSql);
        Bind(insert, 1, runId);
        Bind(upsert, 1, runId);

        // A counting sort by key (in first-seen key order, points in batch order) lays every key's block out in one buffer.
        var keyOf = ArrayPool<int>.Shared.Rent(metrics.Count);
        var buffer = ArrayPool<byte>.Shared.Rent(metrics.Count * MetricBlock.PointSize);
        try
        {
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var counts = new List<int>();
            var latest = new List<Metric>();
            for (var i = 0; i < metrics.Count; i++)
            {
                var metric = metrics[i];
                if (keys.TryGetValue(metric.Key, out var k))
                {
                    counts[k]++;
                    var current = latest[k];
                    if (metric.Step > current.Step || (metric.Step == current.Step && metric.Timestamp >= current.Timestamp))
                    {
                        latest[k] = metric;
                    }
                }
                else
                {
                    k = keys.Count;
                    keys.Add(metric.Key, k);
                    counts.Add(1);
                    latest.Add(metric);
                }
                keyOf[i] = k;
            }
            var starts = new int[counts.Count + 1];
            for (var k = 0; k < counts.Count; k++)
            {
                starts[k + 1] = starts[k] + counts[k];
            }
            var next = (int[])starts.Clone();
            for (var i = 0; i < metrics.Count; i++)
            {
                MetricBlock.Write(buffer, next[keyOf[i]]++, metrics[i]);
            }
            for (var k = 0; k < counts.Count; k++)
            {
                Bind(insert, 2, latest[k].Key);
                var block = buffer.AsSpan(starts[k] * MetricBlock.PointSize, counts[k] * MetricBlock.PointSize);
                Check(insert, raw.sqlite3_bind_blob(insert, 3, block));
                Step(connection, insert);
                BindLatest(upsert, latest[k]);
                Step(connection, upsert);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keyOf);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void BindLatest(sqlite3_stmt statement, Metric metric)
    {
        Bind(statement, 2, metric.Key);
        // SQLite turns a NaN REAL into NULL, so NaN is NULL plus the is_nan flag.
        var nan = double.IsNaN(metric.Value);
        Check(statement, nan ? raw.sqlite3_bind_null(statement, 3) : raw.sqlite3_bind_double(statement, 3, metric.Value));
        Check(statement, raw.sqlite3_bind_int(statement, 4, nan ? 1 : 0));
        Check(statement, raw.sqlite3_bind_int64(statement, 5, metric.Timestamp));
        Check(statement, raw.sqlite3_bind_int64(statement, 6, metric.Step));
    }

    private static void Bind(sqlite3_stmt statement, int index, string text) =>
        Check(statement, raw.sqlite3_bind_text(statement, index, text));

    private static void Step(SqliteConnection connection, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        // Bindings survive a reset, so the run id stays bound across rows.
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    private static void Check(sqlite3_stmt statement, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, raw.sqlite3_db_handle(statement));
        }
    }
}
