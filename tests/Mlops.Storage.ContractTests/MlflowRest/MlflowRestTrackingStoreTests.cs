using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The tracking contract through the REST client against our tracking server.</summary>
public sealed class MlflowRestTrackingStoreTests(RestServerFixture server) : TrackingStoreContract, IClassFixture<RestServerFixture>
{
    protected override Task<ITrackingStore> CreateStoreAsync() => Task.FromResult<ITrackingStore>(server.Client.Tracking);
}
