namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// Metric history in blocks: one row per run, key and write, holding that write's points packed as
/// (step, timestamp, value) triples (see <see cref="Tracking.MetricBlock"/>). With one row per point, SQLite's own
/// cost for the (run, key, step) index capped writes near 300k points/s of CPU before any .NET work; a block of a
/// 1,000-point batch is about ten rows. Points written by schema version 2 stay in <c>metrics</c> and are read
/// together with the blocks.
/// </summary>
internal static class Migration3
{
    public const string Sql = """
        CREATE TABLE metric_blocks (
            block_id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL,
            key TEXT NOT NULL,
            points BLOB NOT NULL);
        CREATE INDEX ix_metric_blocks_run_key ON metric_blocks (run_id, key, block_id);
        """;
}
