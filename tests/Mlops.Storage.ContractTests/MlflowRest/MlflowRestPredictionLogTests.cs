using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The prediction-log contract through the REST client against our tracking server on SQLite.</summary>
public sealed class MlflowRestPredictionLogTests : PredictionLogContract
{
    private readonly PredictionServer server = new();

    protected override async Task<IPredictionLog> CreateLogAsync() => (await server.StartAsync(TimeProvider.System)).Log;

    protected override Task DisposeLogAsync() => server.DisposeAsync().AsTask();
}
