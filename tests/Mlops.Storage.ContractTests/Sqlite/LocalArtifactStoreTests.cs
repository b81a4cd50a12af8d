using Mlops.Artifacts.Local;
using Mlops.Core.Artifacts;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>The local artifact store that the SQLite backend pairs with, addressed by a file:// URI.</summary>
public sealed class LocalArtifactStoreTests : ArtifactStoreContract, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"mlops-local-artifacts-{Guid.NewGuid():N}");

    protected override Task<(IArtifactStore Store, string RootUri)> CreateStoreAsync() =>
        Task.FromResult<(IArtifactStore, string)>((new LocalArtifactStore(), new Uri(root).AbsoluteUri));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ListAsync_PlainPathRoot_SameAsFileUri()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mlops-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "x");
        try
        {
            await Store.LogArtifactsAsync(root, file);

            Assert.Equal(await Store.ListAsync(root), await Store.ListAsync(RootUri));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
