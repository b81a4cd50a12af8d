using Microsoft.Data.Sqlite;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// The shared relational tracking store over a SQLite file; its fast paths use the connection's prepared commands: a
/// run and its data in one statement, several runs' data keyed by one JSON array, metric points through one prepared insert.
/// </summary>
public sealed partial class SqliteTrackingStore : RelationalTrackingStore
{
    private readonly SqliteDatabase database;

    /// <param name="artifactRoot">A folder path or <c>file://</c> URI under which experiment artifact folders are made.</param>
    public SqliteTrackingStore(SqliteDatabase database, string artifactRoot, TimeProvider? timeProvider = null)
        : base(database, artifactRoot, timeProvider)
    {
        this.database = database;
    }

    public override Task<Run> GetRunAsync(string runId, CancellationToken ct = default) =>
        database.ReadAsync(async c => await RunReader.ReadAsync(c, runId, ct) is { } run
            ? run with { Info = Absolute(run.Info) }
            : throw RunRows.NotFound(runId), ct);

    private protected override async Task UpsertTagsAsync(SqlSession s, string runId, IReadOnlyDictionary<string, string> tags,
        CancellationToken ct)
    {
        foreach (var (key, value) in tags)
        {
            await s.ExecuteAsync(
                """
                INSERT INTO tags (run_id, key, value) VALUES (@id, @key, @value)
                ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value;
                """, ct, ("@id", runId), ("@key", key), ("@value", value));
        }
    }

    private static SqliteConnection Connection(SqlSession s) => (SqliteConnection)s.Connection;
}
