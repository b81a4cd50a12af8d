using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The alias audit trail through the REST client against our tracking server (its alias/move and alias/history routes).</summary>
public sealed class MlflowRestAliasHistoryTests(RestServerFixture server) : AliasHistoryContract, IClassFixture<RestServerFixture>
{
    protected override Task<IModelRegistry> CreateRegistryAsync() => Task.FromResult<IModelRegistry>(server.Client.Registry);
}
