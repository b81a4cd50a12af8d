using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// The metric write path, the hottest in the store. Points go in through multi-row INSERTs bound by position on
/// SQLite's own statement API (Microsoft.Data.Sqlite binds every parameter by name on every execution, which costs
/// more than the insert itself), and <c>latest_metrics</c> gets one upsert per key of the batch, not one per point.
/// Statements are prepared once per connection and kept in its <see cref="Schema.CommandCache"/>.
/// </summary>
internal static class MetricWriter
{
    public const int RowsPerInsert = 64;

    // Latest = highest step, then latest timestamp (ties go to the later write), as MLflow's latest_metrics.
    public const string UpsertLatestSql = """
        INSERT INTO latest_metrics (run_id, key, value, is_nan, timestamp, step) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (run_id, key) DO UPDATE SET
            value = excluded.value, is_nan = excluded.is_nan, timestamp = excluded.timestamp, step = excluded.step
        WHERE excluded.step > latest_metrics.step
           OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp);
        """;

    private static readonly string InsertManySql = InsertSql(RowsPerInsert);
    private static readonly string InsertOneSql = InsertSql(1);

    /// <summary>Writes the points of one run inside the caller's transaction.</summary>
    public static void Write(SqliteConnection connection, string runId, IReadOnlyList<Metric> metrics)
    {
        var cache = Schema.CommandCache.For(connection);
        var full = metrics.Count / RowsPerInsert * RowsPerInsert;
        if (full > 0)
        {
            var many = cache.Raw(InsertManySql);
            for (var start = 0; start < full; start += RowsPerInsert)
            {
                Bind(many, 1, runId);
                for (var i = 0; i < RowsPerInsert; i++)
                {
                    BindPoint(many, 2 + i * 5, metrics[start + i]);
                }
                Step(connection, many);
            }
        }
        if (full < metrics.Count)
        {
            var one = cache.Raw(InsertOneSql);
            Bind(one, 1, runId);
            for (var i = full; i < metrics.Count; i++)
            {
                BindPoint(one, 2, metrics[i]);
                Step(connection, one);
            }
        }
        var upsert = cache.Raw(UpsertLatestSql);
        Bind(upsert, 1, runId);
        foreach (var latest in Latest(metrics))
        {
            Bind(upsert, 2, latest.Key);
            BindPoint(upsert, 3, latest, withKey: false);
            Step(connection, upsert);
        }
    }

    /// <summary>The latest point per key within the batch, by the same rule the upsert applies against stored values.</summary>
    private static IEnumerable<Metric> Latest(IReadOnlyList<Metric> metrics)
    {
        if (metrics.Count == 1)
        {
            return metrics;
        }
        var latest = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (!latest.TryGetValue(metric.Key, out var current) || metric.Step > current.Step
                || (metric.Step == current.Step && metric.Timestamp >= current.Timestamp))
            {
                latest[metric.Key] = metric;
            }
        }
        return latest.Values;
    }

    private static string InsertSql(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(i =>
        {
            var p = 2 + i * 5;
            return $"(?1, ?{p}, ?{p + 1}, ?{p + 2}, ?{p + 3}, ?{p + 4})";
        });
        return $"INSERT INTO metrics (run_id, key, value, is_nan, timestamp, step) VALUES {string.Join(", ", values)};";
    }

    private static void BindPoint(sqlite3_stmt statement, int index, Metric metric, bool withKey = true)
    {
        if (withKey)
        {
            Bind(statement, index++, metric.Key);
        }
        // SQLite turns a NaN REAL into NULL, so NaN is NULL plus the is_nan flag.
        var nan = double.IsNaN(metric.Value);
        Check(statement, nan ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_double(statement, index, metric.Value));
        Check(statement, raw.sqlite3_bind_int(statement, index + 1, nan ? 1 : 0));
        Check(statement, raw.sqlite3_bind_int64(statement, index + 2, metric.Timestamp));
        Check(statement, raw.sqlite3_bind_int64(statement, index + 3, metric.Step));
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
