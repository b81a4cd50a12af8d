using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// Reads one key's history: rows of the per-point <c>metrics</c> table (files written before schema version 3),
/// then the blocks in write order, sorted by step and timestamp with ties kept in write order, as MLflow returns it.
/// </summary>
internal static class MetricHistory
{
    private const string Sql = """
        SELECT 0, rowid, value, is_nan, timestamp, step, NULL FROM metrics WHERE run_id = $id AND key = $key
        UNION ALL SELECT 1, block_id, NULL, NULL, NULL, NULL, points FROM metric_blocks WHERE run_id = $id AND key = $key
        ORDER BY 1, 2;
        """;

    public static async Task<IReadOnlyList<Metric>> ReadAsync(SqliteConnection connection, string runId, string key, CancellationToken ct)
    {
        var command = CommandCache.For(connection).Get(Sql, null, [("$id", runId), ("$key", key)]);
        var points = new List<Metric>();
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                if (r.GetInt32(0) == 0)
                {
                    points.Add(new Metric(key, r.GetInt64(3) != 0 ? double.NaN : r.GetDouble(2), r.GetInt64(4), r.GetInt64(5)));
                }
                else
                {
                    MetricBlock.ReadInto(points, key, (byte[])r.GetValue(6));
                }
            }
        }
        // OrderBy is stable: equal (step, timestamp) keep write order.
        return points.OrderBy(m => m.Step).ThenBy(m => m.Timestamp).ToList();
    }
}
