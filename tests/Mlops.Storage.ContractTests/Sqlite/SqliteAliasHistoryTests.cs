using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteAliasHistoryTests : AliasHistoryContract, IDisposable
{
    private readonly TempSqliteStore temp = new();

    protected override Task<IModelRegistry> CreateRegistryAsync() => Task.FromResult<IModelRegistry>(temp.Store.Registry);

    public void Dispose() => temp.Dispose();
}
