using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqlitePredictionLogTests : PredictionBatchLogContract, IDisposable
{
    private readonly TempSqliteStore temp = new();

    protected override Task<IPredictionLog> CreateLogAsync() => Task.FromResult<IPredictionLog>(temp.Store.PredictionLog);

    public void Dispose() => temp.Dispose();
}
