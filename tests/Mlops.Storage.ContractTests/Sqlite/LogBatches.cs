using Microsoft.Data.Sqlite;
using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>Prediction batches for the SQLite log tests, and rows written the way older binaries wrote them.</summary>
internal static class LogBatches
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><paramref name="rows"/> predictions of <paramref name="model"/>, row i at minute <paramref name="first"/> + i.</summary>
    public static PredictionBatch Batch(string model, int version, int first, int rows)
    {
        var schema = new PredictionSchema(model, version, $"models:/{model}/{version}",
            [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"])], ["Normal", "Obese"]);
        var batch = new PredictionBatch(schema);
        for (var i = first; i < first + rows; i++)
        {
            batch.Add(Guid.CreateVersion7(), Start.AddMinutes(i).ToUnixTimeMilliseconds(), [21 + i, i % 2], [0.25f, 0.75f], 1, 0.5);
        }
        return batch;
    }

    /// <summary>Inserts <paramref name="batch"/> into the tracking file's own table, as a binary older than the log file did.</summary>
    public static void InsertIntoTrackingFile(string databasePath, PredictionBatch batch, long? seq = null)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO prediction_batches (batch_seq, model_name, model_version, model_uri, first_time, last_time, row_count, payload)
            VALUES ($seq, $name, $version, $uri, $first, $last, $rows, $payload);
            """;
        command.Parameters.AddWithValue("$seq", (object?)seq ?? DBNull.Value);
        command.Parameters.AddWithValue("$name", batch.Schema.ModelName);
        command.Parameters.AddWithValue("$version", batch.Schema.ModelVersion);
        command.Parameters.AddWithValue("$uri", batch.Schema.ModelUri);
        command.Parameters.AddWithValue("$first", batch.Times[0]);
        command.Parameters.AddWithValue("$last", batch.Times[^1]);
        command.Parameters.AddWithValue("$rows", batch.Count);
        command.Parameters.AddWithValue("$payload", PredictionBatchCodec.Encode(batch));
        command.ExecuteNonQuery();
    }

    public static long CountInTrackingFile(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM prediction_batches;";
        return (long)command.ExecuteScalar()!;
    }

    public static IEnumerable<string> Ids(PredictionBatch batch) => batch.Ids.ToArray().Select(id => id.ToString());
}
