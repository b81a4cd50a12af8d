using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqlitePredictionFeedbackTests : PredictionFeedbackContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-feedback-{Guid.NewGuid():N}");
    private SqliteStore? store;
    private TimeProvider? time;

    protected override Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time)
    {
        this.time = time;
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), folder, time);
        return Task.FromResult<(IPredictionLog, IPredictionFeedback)>((store.PredictionLog, store.PredictionLog));
    }

    protected override Task<(IPredictionLog Log, IPredictionFeedback Feedback)> ReopenAfterAsync(string sql)
    {
        var path = store!.PredictionLog.Path;
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), folder, time);
        return Task.FromResult<(IPredictionLog, IPredictionFeedback)>((store.PredictionLog, store.PredictionLog));
    }

    protected override Task<long> LabelRowsAsync(string model)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store!.PredictionLog.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM prediction_labels WHERE model_name = $m;";
        command.Parameters.AddWithValue("$m", model);
        return Task.FromResult((long)command.ExecuteScalar()!);
    }

    public void Dispose()
    {
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
