using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite.Schema;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>The prediction log in the <c>predictions</c> table; appends use one prepared INSERT per batch.</summary>
public sealed class SqlitePredictionLog(SqliteDatabase database) : IPredictionLog
{
    private const string Columns =
        "seq, prediction_id, timestamp, model_name, model_version, model_uri, inputs, prediction, confidence, probabilities, latency_ms";

    private const string InsertSql = """
        INSERT INTO predictions (prediction_id, timestamp, model_name, model_version, model_uri, inputs, prediction,
            confidence, probabilities, latency_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);
        """;

    /// <summary>Appends in one transaction; the statement is prepared once per connection and bound by position (the serving hot path).</summary>
    public Task AppendAsync(IReadOnlyList<PredictionRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }
        return database.WriteAsync((connection, _) =>
        {
            var insert = CommandCache.For(connection).Raw(InsertSql);
            foreach (var r in records)
            {
                ct.ThrowIfCancellationRequested();
                BindText(insert, 1, r.Id);
                Check(connection, raw.sqlite3_bind_int64(insert, 2, r.Time.ToUnixTimeMilliseconds()));
                BindText(insert, 3, r.ModelName);
                Check(connection, r.ModelVersion is { } version ? raw.sqlite3_bind_int64(insert, 4, version) : raw.sqlite3_bind_null(insert, 4));
                BindText(insert, 5, r.ModelUri);
                BindText(insert, 6, r.InputsJson);
                BindText(insert, 7, r.Prediction);
                Check(connection, raw.sqlite3_bind_double(insert, 8, r.Confidence));
                BindText(insert, 9, r.ProbabilitiesJson);
                Check(connection, raw.sqlite3_bind_double(insert, 10, r.LatencyMs));
                var rc = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                }
            }
            return Task.CompletedTask;
        }, ct);

        void BindText(sqlite3_stmt statement, int index, string? value) =>
            Check(null, value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));
    }

    private static void Check(SqliteConnection? connection, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection?.Handle);
        }
    }

    public async Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxResults is < 1 or > PredictionQuery.MaxPageSize)
        {
            throw MlopsException.Invalid($"max_results {query.MaxResults} must be between 1 and {PredictionQuery.MaxPageSize}.");
        }
        long? after = null;
        if (query.PageToken is { } token)
        {
            after = long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                ? seq
                : throw MlopsException.Invalid($"page_token '{token}' is not a token returned by a previous page.");
        }
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
            conditions.Add("timestamp >= $since");
        }
        if (after is not null)
        {
            conditions.Add(query.OldestFirst ? "seq > $after" : "seq < $after");
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var sql = $"SELECT {Columns} FROM predictions {where} ORDER BY seq {(query.OldestFirst ? "ASC" : "DESC")} LIMIT $limit;";
        var rows = await database.ReadAsync(c => c.QueryAsync(sql, null, Read, ct,
            ("$name", query.ModelName), ("$version", query.ModelVersion), ("$since", query.Since?.ToUnixTimeMilliseconds()),
            ("$after", after), ("$limit", query.MaxResults + 1)), ct);
        var more = rows.Count > query.MaxResults;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return new PredictionPage(rows.Select(r => r.Record).ToList(),
            more ? rows[^1].Seq.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static (long Seq, PredictionRecord Record) Read(SqliteDataReader r) => (r.GetInt64(0), new PredictionRecord(
        r.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
        r.GetNullableString(3),
        r.GetNullableInt64(4) is { } version ? (int)version : null,
        r.GetString(5),
        r.GetString(6),
        r.GetString(7),
        r.GetDouble(8),
        r.GetString(9),
        r.GetDouble(10)));
}
