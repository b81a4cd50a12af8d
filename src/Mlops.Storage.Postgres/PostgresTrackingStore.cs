using Npgsql;

namespace Mlops.Storage.Postgres;

/// <summary>
/// The shared relational tracking store over PostgreSQL, with the same behaviour and messages as the SQLite backend;
/// its fast paths use arrays: tags and params upserted with <c>unnest</c> in key order, log-batch sent as one batch of
/// statements or, for many points, binary COPY.
/// </summary>
public sealed partial class PostgresTrackingStore : RelationalTrackingStore
{
    private readonly PostgresDatabase database;

    /// <param name="artifactRoot">A folder path or a URI under which experiment artifact folders are made.</param>
    public PostgresTrackingStore(PostgresDatabase database, string artifactRoot, TimeProvider? timeProvider = null)
        : base(database, artifactRoot, timeProvider)
    {
        this.database = database;
    }

    /// <summary>Upserts in key order, so concurrent batches touching the same tags lock rows in the same order.</summary>
    private protected override Task UpsertTagsAsync(SqlSession s, string runId, IReadOnlyDictionary<string, string> tags,
        CancellationToken ct)
    {
        if (tags.Count == 0)
        {
            return Task.CompletedTask;
        }
        var sorted = tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        return s.ExecuteAsync(
            """
            INSERT INTO tags (run_id, key, value) SELECT @id, k, v FROM unnest(@keys::text[], @values::text[]) AS t(k, v)
            ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value;
            """, ct, ("@id", runId), ("@keys", sorted.Select(t => t.Key).ToArray()), ("@values", sorted.Select(t => t.Value).ToArray()));
    }

    private static NpgsqlConnection Connection(SqlSession s) => (NpgsqlConnection)s.Connection;

    private static NpgsqlTransaction Transaction(SqlSession s) => (NpgsqlTransaction)s.Transaction!;
}
