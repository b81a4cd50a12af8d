using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// A whole run (info, params, tags, latest metrics) in one statement: get-run is the most frequent read of a
/// tracking server, and one prepared UNION ALL is several times cheaper than four round trips through the driver.
/// </summary>
internal static class RunReader
{
    private const int InfoRow = 0;
    private const int ParamRow = 1;
    private const int TagRow = 2;

    // Columns: kind, then (run_id, experiment_id, run_name, status, start, end, artifact_uri, stage) for the info row,
    // (key, value) for params and tags, (key, value, is_nan, timestamp, step) for metrics.
    private const string Sql = """
        SELECT 0, run_id, experiment_id, run_name, status, start_time, end_time, artifact_uri, lifecycle_stage
            FROM runs WHERE run_id = $id
        UNION ALL SELECT 1, key, value, NULL, NULL, NULL, NULL, NULL, NULL FROM params WHERE run_id = $id
        UNION ALL SELECT 2, key, value, NULL, NULL, NULL, NULL, NULL, NULL FROM tags WHERE run_id = $id
        UNION ALL SELECT 3, key, value, is_nan, timestamp, step, NULL, NULL, NULL FROM latest_metrics WHERE run_id = $id
        ORDER BY 1, 2;
        """;

    public static async Task<Run?> ReadAsync(SqliteConnection connection, string runId, CancellationToken ct)
    {
        var command = CommandCache.For(connection).Get(Sql, null, [("$id", runId)]);
        await using var r = await command.ExecuteReaderAsync(ct);
        RunInfo? info = null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var metrics = new List<Metric>();
        while (await r.ReadAsync(ct))
        {
            switch (r.GetInt32(0))
            {
                case InfoRow:
                    info = new RunInfo(r.GetString(1), r.GetInt64(2).ToString(CultureInfo.InvariantCulture), r.GetString(3),
                        TrackingText.ParseStatus(r.GetString(4)), r.GetInt64(5), r.GetNullableInt64(6), r.GetString(7),
                        TrackingText.ParseStage(r.GetString(8)));
                    break;
                case ParamRow:
                    parameters[r.GetString(1)] = r.GetString(2);
                    break;
                case TagRow:
                    tags[r.GetString(1)] = r.GetString(2);
                    break;
                default:
                    metrics.Add(new Metric(r.GetString(1), r.GetInt64(3) != 0 ? double.NaN : r.GetDouble(2), r.GetInt64(4), r.GetInt64(5)));
                    break;
            }
        }
        return info is null ? null : new Run(info, metrics, parameters, tags);
    }

    private const string DataSql = """
        SELECT 1, run_id, key, value, NULL, NULL, NULL FROM params WHERE run_id IN (SELECT value FROM json_each($ids))
        UNION ALL SELECT 2, run_id, key, value, NULL, NULL, NULL FROM tags WHERE run_id IN (SELECT value FROM json_each($ids))
        UNION ALL SELECT 3, run_id, key, value, is_nan, timestamp, step FROM latest_metrics WHERE run_id IN (SELECT value FROM json_each($ids));
        """;

    /// <summary>Params, tags and latest metrics of many runs (a JSON array of ids), keys in order.</summary>
    /// <remarks>Sorting here rather than in SQL: an ORDER BY over the whole union cost more than the query itself.</remarks>
    public static async Task<Dictionary<string, RunData>> ReadDataAsync(SqliteConnection connection, string runIdsJson, CancellationToken ct)
    {
        var command = CommandCache.For(connection).Get(DataSql, null, [("$ids", runIdsJson)]);
        var runs = new Dictionary<string, RunData>(StringComparer.Ordinal);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var runId = r.GetString(1);
            if (!runs.TryGetValue(runId, out var data))
            {
                runs[runId] = data = new RunData();
            }
            switch (r.GetInt32(0))
            {
                case ParamRow:
                    data.Params[r.GetString(2)] = r.GetString(3);
                    break;
                case TagRow:
                    data.Tags[r.GetString(2)] = r.GetString(3);
                    break;
                default:
                    data.Metrics.Add(new Metric(r.GetString(2), r.GetInt64(4) != 0 ? double.NaN : r.GetDouble(3), r.GetInt64(5), r.GetInt64(6)));
                    break;
            }
        }
        foreach (var data in runs.Values)
        {
            data.Metrics.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }
        return runs;
    }

    internal sealed class RunData
    {
        public SortedDictionary<string, string> Params { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

        public List<Metric> Metrics { get; } = [];
    }
}
