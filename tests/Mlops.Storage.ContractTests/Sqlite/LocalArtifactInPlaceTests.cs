using Mlops.Artifacts.Local;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>Reading a local store's artifacts where they are, as a model server does instead of copying the package.</summary>
public sealed class LocalArtifactInPlaceTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"mlops-in-place-{Guid.NewGuid():N}");
    private readonly IArtifactStore store = new LocalArtifactStore();

    public LocalArtifactInPlaceTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "model"));
        File.WriteAllText(Path.Combine(root, "model", "MLmodel"), "flavors: {}");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void TryGetLocalPath_ExistingFolderAndFile_TheirPathsUnderTheRoot()
    {
        Assert.Equal(Path.Combine(root, "model"), store.TryGetLocalPath(new Uri(root).AbsoluteUri, "model"));
        Assert.Equal(Path.Combine(root, "model", "MLmodel"), store.TryGetLocalPath(root, "model/MLmodel"));
    }

    [Fact]
    public void TryGetLocalPath_Missing_Null()
    {
        Assert.Null(store.TryGetLocalPath(root, "other"));
    }

    [Fact]
    public void TryGetLocalPath_LeavesTheRoot_Rejected()
    {
        var e = Assert.Throws<MlopsException>(() => store.TryGetLocalPath(Path.Combine(root, "model"), "../model"));
        Assert.Contains("'..'", e.Message, StringComparison.Ordinal);
    }
}
