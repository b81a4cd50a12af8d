using Microsoft.Data.Sqlite;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqlitePredictionLogMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-predmig-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(folder, "mlops.db");

    [Fact]
    public async Task Open_Version3PredictionRows_MigratedInOrderWithEveryField()
    {
        SqliteStore.Open(DatabasePath, folder).Dispose();
        RewindToVersion3();

        using var store = SqliteStore.Open(DatabasePath, folder);
        var page = await store.PredictionLog.ListAsync(new PredictionQuery());
        var v2 = await store.PredictionLog.ListAsync(new PredictionQuery { ModelName = "m", ModelVersion = 2 });

        Assert.Equal(7, store.Database.GetSchemaVersion());
        Assert.Equal(["id-2", "id-1"], page.Records.Select(r => r.Id));
        Assert.Equal(new PredictionRecord("id-1", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), "m", 1, "models:/m/1",
            """{"Age":21}""", "Normal_Weight", 0.5, """{"Normal_Weight":0.5}""", 0.25), page.Records[1]);
        Assert.Equal(["id-2"], v2.Records.Select(r => r.Id));
    }

    [Fact]
    public async Task ListBatches_Version3PredictionRows_NullSoTheyAreReadAsRecords()
    {
        SqliteStore.Open(DatabasePath, folder).Dispose();
        RewindToVersion3();

        using var store = SqliteStore.Open(DatabasePath, folder);
        var batches = await store.PredictionLog.ListBatchesAsync(new PredictionQuery());

        Assert.Null(batches);
    }

    /// <summary>Puts the file back to schema version 3 with two predictions stored one row each, as version 2 created them.</summary>
    private void RewindToVersion3()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DROP TABLE prediction_batches;
            DELETE FROM schema_version WHERE version >= 4;
            DROP TABLE deleted_model_versions;
            DROP TABLE registered_model_alias_moves;
            DROP TABLE leases;
            DROP TABLE feature_set_versions;
            DROP TABLE feature_set_columns;
            DROP TABLE feature_set_models;
            CREATE TABLE predictions (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, prediction_id TEXT NOT NULL UNIQUE, timestamp INTEGER NOT NULL,
                model_name TEXT, model_version INTEGER, model_uri TEXT NOT NULL, inputs TEXT NOT NULL, prediction TEXT NOT NULL,
                confidence REAL NOT NULL, probabilities TEXT NOT NULL, latency_ms REAL NOT NULL);
            INSERT INTO predictions (prediction_id, timestamp, model_name, model_version, model_uri, inputs, prediction, confidence,
                probabilities, latency_ms)
            VALUES ('id-1', 1700000000000, 'm', 1, 'models:/m/1', '{"Age":21}', 'Normal_Weight', 0.5, '{"Normal_Weight":0.5}', 0.25),
                   ('id-2', 1700000060000, 'm', 2, 'models:/m/2', '{"Age":22}', 'Obesity_Type_I', 0.9, '{"Obesity_Type_I":0.9}', 0.5);
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
