using Mlops.Core.Predictions;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.Predictions;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresPredictionFeedbackTests(PostgresServerFixture server) : PredictionFeedbackContract
{
    private PostgresStore? store;
    private TimeProvider? time;

    protected override async Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time)
    {
        this.time = time;
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath(), time);
        var log = new PostgresPredictionLog(store.Database, time);
        return (log, log);
    }

    /// <summary>The class shares a database, but its tests run one at a time, and reopening migrates it back.</summary>
    protected override async Task<(IPredictionLog Log, IPredictionFeedback Feedback)> ReopenAfterAsync(string sql)
    {
        var connectionString = store!.Database.DataSource.ConnectionString;
        await store.DisposeAsync();
        await using (var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString))
        {
            // Migrations after the A/B one (7: alias moves and leases, 8: feature sets) go first, so the rewound database is the A/B one's predecessor.
            await using var command = dataSource.CreateCommand(
                "DROP TABLE feature_set_versions, feature_set_columns, feature_set_models; DROP TABLE registered_model_alias_moves; DROP TABLE leases; "
                + "DELETE FROM schema_version WHERE version >= 7;" + sql);
            await command.ExecuteNonQueryAsync();
        }
        store = PostgresStore.Open(connectionString, Path.GetTempPath(), time);
        var log = new PostgresPredictionLog(store.Database, time);
        return (log, log);
    }

    protected override async Task<long> LabelRowsAsync(string model)
    {
        await using var command = store!.Database.DataSource.CreateCommand("SELECT COUNT(*) FROM prediction_labels WHERE model_name = $1;");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = model });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected override async Task DisposeStoreAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
