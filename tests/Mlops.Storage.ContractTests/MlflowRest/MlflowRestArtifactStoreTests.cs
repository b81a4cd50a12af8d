using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>The artifact contract through the server's mlflow-artifacts proxy, rooted at a new run's artifact URI.</summary>
public sealed class MlflowRestArtifactStoreTests(RestServerFixture server) : ArtifactStoreContract, IClassFixture<RestServerFixture>
{
    protected override async Task<(IArtifactStore Store, string RootUri)> CreateStoreAsync()
    {
        var tracking = server.Client.Tracking;
        var experimentId = await tracking.GetOrCreateExperimentAsync("artifact-contract");
        var run = await tracking.CreateRunAsync(experimentId, null, 1_700_000_000_000);
        return (server.Client.Artifacts, run.ArtifactUri);
    }

    [Fact]
    public async Task CreateRun_ThroughServer_ArtifactUriIsProxied()
    {
        var (_, root) = await CreateStoreAsync();

        Assert.StartsWith("mlflow-artifacts:/", root);
    }
}
