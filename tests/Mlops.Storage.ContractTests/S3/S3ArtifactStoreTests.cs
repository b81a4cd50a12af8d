using Mlops.Artifacts.S3;
using Mlops.Core.Artifacts;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>The artifact contract on a real S3-compatible server (s3rver), each test under its own prefix.</summary>
[RequiresS3rver]
public sealed class S3ArtifactStoreTests(S3rverFixture server) : ArtifactStoreContract, IClassFixture<S3rverFixture>
{
    private S3ArtifactStore? store;

    protected override Task<(IArtifactStore Store, string RootUri)> CreateStoreAsync()
    {
        if (S3rverServer.SkipReason is not null)
        {
            return Task.FromResult<(IArtifactStore, string)>((null!, ""));
        }
        store = new S3ArtifactStore(server.Options());
        return Task.FromResult<(IArtifactStore, string)>((store, S3rverFixture.NewRoot()));
    }

    protected override Task DisposeStoreAsync()
    {
        store?.Dispose();
        return Task.CompletedTask;
    }
}
