using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>The prediction log in the <c>predictions</c> table; appends use one prepared INSERT per batch.</summary>
public sealed class SqlitePredictionLog(SqliteDatabase database) : IPredictionLog
{
    private const string Columns =
        "seq, prediction_id, timestamp, model_name, model_version, model_uri, inputs, prediction, confidence, probabilities, latency_ms";

    public async Task AppendAsync(IReadOnlyList<PredictionRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }
        await database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                """
                INSERT INTO predictions (prediction_id, timestamp, model_name, model_version, model_uri, inputs, prediction,
                    confidence, probabilities, latency_ms)
                VALUES ($id, $time, $name, $version, $uri, $inputs, $prediction, $confidence, $probabilities, $latency);
                """, transaction,
                ("$id", ""), ("$time", 0L), ("$name", null), ("$version", null), ("$uri", ""), ("$inputs", ""),
                ("$prediction", ""), ("$confidence", 0.0), ("$probabilities", ""), ("$latency", 0.0));
            var p = insert.Parameters;
            foreach (var r in records)
            {
                p[0].Value = r.Id;
                p[1].Value = r.Time.ToUnixTimeMilliseconds();
                p[2].Value = (object?)r.ModelName ?? DBNull.Value;
                p[3].Value = (object?)r.ModelVersion ?? DBNull.Value;
                p[4].Value = r.ModelUri;
                p[5].Value = r.InputsJson;
                p[6].Value = r.Prediction;
                p[7].Value = r.Confidence;
                p[8].Value = r.ProbabilitiesJson;
                p[9].Value = r.LatencyMs;
                await insert.ExecuteNonQueryAsync(ct);
            }
        }, ct);
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
