using System.Buffers;
using Microsoft.Data.Sqlite;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite.Schema;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>The prediction log in the <c>prediction_batches</c> table: one row per append (see <see cref="Migration4"/>).</summary>
public sealed class SqlitePredictionLog(SqliteDatabase database) : IPredictionLog
{
    private const string InsertSql = """
        INSERT INTO prediction_batches (model_name, model_version, model_uri, first_time, last_time, row_count, payload)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);
        """;

    /// <summary>Encodes the batch on the caller's thread, then inserts it as one row with a statement prepared once per connection.</summary>
    public async Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }
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
            var schema = batch.Schema;
            await database.WriteAsync((connection, _) =>
            {
                var insert = CommandCache.For(connection).Raw(InsertSql);
                try
                {
                    Check(connection, schema.ModelName is { } name ? raw.sqlite3_bind_text(insert, 1, name) : raw.sqlite3_bind_null(insert, 1));
                    Check(connection, schema.ModelVersion is { } v ? raw.sqlite3_bind_int64(insert, 2, v) : raw.sqlite3_bind_null(insert, 2));
                    Check(connection, raw.sqlite3_bind_text(insert, 3, schema.ModelUri));
                    Check(connection, raw.sqlite3_bind_int64(insert, 4, first));
                    Check(connection, raw.sqlite3_bind_int64(insert, 5, last));
                    Check(connection, raw.sqlite3_bind_int64(insert, 6, batch.Count));
                    Check(connection, raw.sqlite3_bind_blob(insert, 7, payload.AsSpan(0, written)));
                    var rc = raw.sqlite3_step(insert);
                    if (rc != raw.SQLITE_DONE)
                    {
                        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                    }
                }
                finally
                {
                    raw.sqlite3_reset(insert);
                    raw.sqlite3_clear_bindings(insert);
                }
                return Task.CompletedTask;
            }, ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) =>
        PredictionPaging.ReadAsync(query, (from, limit, token) => FetchAsync(query, from, limit, token), ct);

    private async Task<IReadOnlyList<StoredPredictions>> FetchAsync(PredictionQuery query, long? from, int limit, CancellationToken ct)
    {
        var conditions = new List<string>();
        if (query.ModelName is not null)
        {
            conditions.Add("model_name = $name");
        }
        if (query.ModelVersion is not null)
        {
            conditions.Add("model_version = $version");
        }
        if (query.Since is not null)
        {
            conditions.Add("last_time >= $since");
        }
        if (from is not null)
        {
            conditions.Add(query.OldestFirst ? "batch_seq >= $from" : "batch_seq <= $from");
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var sql = $"""
            SELECT batch_seq, model_name, model_version, model_uri, payload FROM prediction_batches {where}
            ORDER BY batch_seq {(query.OldestFirst ? "ASC" : "DESC")} LIMIT $limit;
            """;
        return await database.ReadAsync(c => c.QueryAsync(sql, null, Read, ct,
            ("$name", query.ModelName), ("$version", query.ModelVersion), ("$since", query.Since?.ToUnixTimeMilliseconds()),
            ("$from", from), ("$limit", limit)), ct);
    }

    private static StoredPredictions Read(SqliteDataReader r)
    {
        var payload = r.GetFieldValue<byte[]>(4);
        return new StoredPredictions(r.GetInt64(0), PredictionBatchCodec.IsBatch(payload)
            ? PredictionBatchCodec.Decode(payload).AsRecords()
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
