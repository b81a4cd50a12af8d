using Mlops.Core.Tracking;
using Mlops.Storage.Postgres;
using Npgsql;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>Opening, migrating and reopening a database; each test gets a fresh one.</summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresStoreTests(PostgresServerFixture server)
{
    private static readonly string ArtifactRoot = Path.Combine(Path.GetTempPath(), "mlops-pg-root");

    [ContractFact]
    public async Task Open_NewDatabase_RecordsSchemaVersionAndDefaultExperiment()
    {
        await using var store = PostgresStore.Open(await server.CreateDatabaseAsync(), ArtifactRoot);

        Assert.Equal(PostgresDatabase.LatestSchemaVersion, store.Database.GetSchemaVersion());
        Assert.Equal(8, store.Database.GetSchemaVersion());
        Assert.Equal(["Default"], (await store.Tracking.ListExperimentsAsync()).Select(e => e.Name));
    }

    [ContractFact]
    public async Task Open_ExistingDatabase_KeepsDataAndSingleDefaultExperiment()
    {
        var database = await server.CreateDatabaseAsync();
        string runId;
        await using (var first = PostgresStore.Open(database, ArtifactRoot))
        {
            runId = (await first.Tracking.CreateRunAsync("0", "kept", 1)).RunId;
            await first.Tracking.LogMetricAsync(runId, new Metric("m", 1.5, 1));
        }

        await using var reopened = PostgresStore.Open(database, ArtifactRoot);

        Assert.Equal(1.5, (await reopened.Tracking.GetRunAsync(runId)).Metrics.Single().Value);
        Assert.Single(await reopened.Tracking.ListExperimentsAsync());
        Assert.Equal(PostgresDatabase.LatestSchemaVersion, await CountAsync(database, "SELECT COUNT(*) FROM schema_version;"));
    }

    [ContractFact]
    public async Task Open_EightConcurrentFirstOpens_MigratesOnce()
    {
        var database = await server.CreateDatabaseAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostgresStore.Open(database, ArtifactRoot))));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal(PostgresDatabase.LatestSchemaVersion, await CountAsync(database, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal(1, await CountAsync(database, "SELECT COUNT(*) FROM experiments;"));
    }

    [ContractFact]
    public async Task CreateExperiment_NoLocation_ArtifactsUnderRootByIdStartingAtOne()
    {
        await using var store = PostgresStore.Open(await server.CreateDatabaseAsync(), ArtifactRoot);

        var id = await store.Tracking.CreateExperimentAsync("located");
        var run = await store.Tracking.CreateRunAsync(id, "r", 1);

        Assert.Equal("1", id);
        Assert.Equal($"{ArtifactRoot}/1", (await store.Tracking.GetExperimentAsync(id)).ArtifactLocation);
        Assert.Equal($"{ArtifactRoot}/1/{run.RunId}/artifacts", run.ArtifactUri);
    }

    [ContractTheory]
    [InlineData("postgresql")]
    [InlineData("postgresql+psycopg2")]
    [InlineData("postgres")]
    public async Task Open_MlflowUri_ConnectsToSameDatabase(string scheme)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var viaConnectionString = PostgresStore.Open(connectionString, ArtifactRoot))
        {
            await viaConnectionString.Tracking.CreateExperimentAsync("shared");
        }

        await using var viaUri = PostgresStore.Open(server.Uri(database, scheme), ArtifactRoot);

        Assert.NotNull(await viaUri.Tracking.GetExperimentByNameAsync("shared"));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
