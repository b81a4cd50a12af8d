using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The label contract through the REST client (origins fetched, the check run client-side) against our server on SQLite.</summary>
public sealed class MlflowRestPredictionFeedbackTests : PredictionFeedbackContract
{
    private readonly PredictionServer server = new();
    private TimeProvider? time;

    protected override async Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time)
    {
        this.time = time;
        var log = (await server.StartAsync(time)).Log;
        return (log, log);
    }

    protected override async Task<(IPredictionLog Log, IPredictionFeedback Feedback)> ReopenAfterAsync(string sql)
    {
        var log = (await server.RestartAfterAsync(sql, time!)).Log;
        return (log, log);
    }

    protected override Task DisposeStoreAsync() => server.DisposeAsync().AsTask();

    protected override Task<long> LabelRowsAsync(string model)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={server.Store.PredictionLog.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM prediction_labels WHERE model_name = $m;";
        command.Parameters.AddWithValue("$m", model);
        return Task.FromResult((long)command.ExecuteScalar()!);
    }
}
