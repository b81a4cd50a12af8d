using System.Buffers;
using Microsoft.Data.Sqlite;
using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;
using Mlops.Storage.Sqlite.Schema;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>
/// The prediction log in a SQLite file of its own next to the tracking file (<see cref="PathFor"/>): one row per append
/// in its <c>prediction_batches</c> table. The file is opened on the first append or list, not with the store, so
/// opening a store (and starting a server) costs no extra database open; that first use also moves the batches the
/// tracking file still holds (see <see cref="LegacyBatchMove"/>).
/// </summary>
public sealed partial class SqlitePredictionLog : IPredictionLog, IPredictionFeedback, IDisposable
{
    private const string InsertSql = """
        INSERT INTO prediction_batches (model_name, model_version, model_uri, first_time, last_time, row_count, payload,
            ab_test_id, ab_variant, ab_shadow)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);
        """;

    private readonly SqliteDatabase tracking;
    private readonly SemaphoreSlim opening = new(1, 1);
    private volatile PredictionLogFile? file;
    private bool disposed;

    public SqlitePredictionLog(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        tracking = database;
        Path = PathFor(database.Path);
    }

    /// <summary>Full path of the log's file.</summary>
    public string Path { get; }

    /// <summary>The log file of the tracking file <paramref name="databasePath"/>: <c>dir/name.db</c> → <c>dir/name.predictions.db</c>.</summary>
    public static string PathFor(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var extension = System.IO.Path.GetExtension(databasePath);
        return System.IO.Path.ChangeExtension(databasePath, ".predictions" + (extension.Length == 0 ? ".db" : extension));
    }

    /// <summary>Encodes the batch, then inserts it as one row on the log file's writer connection, on the caller's thread.</summary>
    public async Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }
        var log = await OpenAsync(ct);
        var length = PredictionBatchCodec.EncodedLength(batch);
        var payload = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = PredictionBatchCodec.Encode(batch, payload);
            var times = batch.Times;
            var (first, last) = (times[0], times[0]);
            foreach (var t in times)
            {
                (first, last) = (Math.Min(first, t), Math.Max(last, t));
            }
            await log.WriteAsync(connection => Insert(connection, batch.Schema, first, last, batch.Count, payload.AsSpan(0, written)), ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) =>
        PredictionPaging.ReadAsync(query, (from, limit, token) => FetchAsync(query, from, limit, token), ct);

    public async Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) =>
        await PredictionPruning.PruneAsync(await OpenAsync(ct), prune, ct);

    /// <summary>Waits for an append in progress, then closes the log file's connections.</summary>
    public void Dispose()
    {
        opening.Wait();
        try
        {
            disposed = true;
            file?.Dispose();
        }
        finally
        {
            opening.Release();
        }
    }

    /// <summary>The log's file, opened (and its legacy batches moved) on first use; the A/B store shares it.</summary>
    internal async ValueTask<PredictionLogFile> OpenAsync(CancellationToken ct)
    {
        if (file is { } open)
        {
            return open;
        }
        await opening.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (file is null)
            {
                var opened = PredictionLogFile.Open(Path, tracking.Time);
                try
                {
                    await LegacyBatchMove.RunAsync(tracking, opened, ct);
                }
                catch
                {
                    opened.Dispose();
                    throw;
                }
                file = opened;
            }
            return file;
        }
        finally
        {
            opening.Release();
        }
    }

    private static bool Insert(SqliteConnection connection, PredictionSchema schema, long first, long last, int rows, ReadOnlySpan<byte> payload)
    {
        var insert = CommandCache.For(connection).Raw(InsertSql);
        try
        {
            Check(connection, schema.ModelName is { } name ? raw.sqlite3_bind_text(insert, 1, name) : raw.sqlite3_bind_null(insert, 1));
            Check(connection, schema.ModelVersion is { } v ? raw.sqlite3_bind_int64(insert, 2, v) : raw.sqlite3_bind_null(insert, 2));
            Check(connection, raw.sqlite3_bind_text(insert, 3, schema.ModelUri));
            Check(connection, raw.sqlite3_bind_int64(insert, 4, first));
            Check(connection, raw.sqlite3_bind_int64(insert, 5, last));
            Check(connection, raw.sqlite3_bind_int64(insert, 6, rows));
            Check(connection, raw.sqlite3_bind_blob(insert, 7, payload));
            var assignment = schema.Assignment;
            Check(connection, assignment is null ? raw.sqlite3_bind_null(insert, 8) : raw.sqlite3_bind_text(insert, 8, assignment.TestId));
            Check(connection, assignment is null ? raw.sqlite3_bind_null(insert, 9) : raw.sqlite3_bind_text(insert, 9, assignment.Variant));
            Check(connection, raw.sqlite3_bind_int(insert, 10, PredictionAbColumns.Shadow(schema)));
            // One statement is its own transaction: the batch is written whole or not at all.
            var rc = raw.sqlite3_step(insert);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }
            return true;
        }
        finally
        {
            raw.sqlite3_reset(insert);
            raw.sqlite3_clear_bindings(insert);
        }
    }

    private async Task<IReadOnlyList<StoredPredictions>> FetchAsync(PredictionQuery query, long? from, int limit, CancellationToken ct)
    {
        var (where, parameters) = PredictionBatchFilter.For(query, from);
        var sql = $"""
            SELECT batch_seq, model_name, model_version, model_uri, payload, {PredictionAbColumns.Select} FROM prediction_batches {where}
            ORDER BY batch_seq {(query.OldestFirst ? "ASC" : "DESC")} LIMIT @limit;
            """;
        var log = await OpenAsync(ct);
        return await log.ReadAsync(c => c.QueryAsync(sql, null, Read, ct, [.. parameters, ("limit", limit)]), ct);
    }

    private static StoredPredictions Read(SqliteDataReader r)
    {
        var payload = r.GetFieldValue<byte[]>(4);
        return new StoredPredictions(r.GetInt64(0), PredictionBatchCodec.IsBatch(payload)
            ? PredictionBatchCodec.Decode(payload, PredictionAbColumns.Read(r, 5)).AsRecords()
            : [LegacyPrediction.Read(payload, r.GetNullableString(1), r.GetNullableInt64(2) is { } v ? (int)v : null, r.GetString(3))]);
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }
}
