using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The registry contract through the REST client against our tracking server.</summary>
public sealed class MlflowRestModelRegistryTests(RestServerFixture server) : ModelRegistryContract, IClassFixture<RestServerFixture>
{
    protected override Task<IModelRegistry> CreateRegistryAsync() => Task.FromResult<IModelRegistry>(server.Client.Registry);
}
