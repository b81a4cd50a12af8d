using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

/// <summary>Behaviour every <see cref="IArtifactStore"/> backend must share, under a fresh root URI per test.</summary>
public abstract class ArtifactStoreContract : IAsyncLifetime
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), $"mlops-artifacts-{Guid.NewGuid():N}");

    protected IArtifactStore Store { get; private set; } = null!;

    protected string RootUri { get; private set; } = null!;

    /// <summary>Returns the store under test and an empty root URI (for example a new run's artifact URI).</summary>
    protected abstract Task<(IArtifactStore Store, string RootUri)> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(scratch);
        (Store, RootUri) = await CreateStoreAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeStoreAsync();
        Directory.Delete(scratch, recursive: true);
    }

    private string LocalFile(string relative, string content)
    {
        var path = Path.Combine(scratch, "src", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [ContractFact]
    public async Task LogArtifacts_File_ListedAtRootWithSize()
    {
        await Store.LogArtifactsAsync(RootUri, LocalFile("notes.txt", "hello artifact store!"));

        var entries = await Store.ListAsync(RootUri);

        var entry = Assert.Single(entries);
        Assert.Equal(new ArtifactEntry("notes.txt", false, 21), entry);
    }

    [ContractFact]
    public async Task LogArtifacts_DirectoryUnderArtifactPath_ListsOneLevelWithRelativePaths()
    {
        LocalFile("model/MLmodel", "flavors: {}");
        LocalFile("model/data/weights.bin", "0123456789");

        await Store.LogArtifactsAsync(RootUri, Path.Combine(scratch, "src", "model"), "model");
        var root = await Store.ListAsync(RootUri);
        var model = await Store.ListAsync(RootUri, "model");

        Assert.Equal([new ArtifactEntry("model", true, null)], root);
        Assert.Equal([new ArtifactEntry("model/MLmodel", false, 11), new ArtifactEntry("model/data", true, null)],
            model.OrderBy(e => e.IsDirectory));
    }

    [ContractFact]
    public async Task Download_File_CopiesContentUnderRelativePath()
    {
        await Store.LogArtifactsAsync(RootUri, LocalFile("MLmodel", "flavors: {}"), "model");
        var target = Path.Combine(scratch, "out");

        var local = await Store.DownloadAsync(RootUri, "model/MLmodel", target);

        Assert.Equal("flavors: {}", File.ReadAllText(local));
        Assert.StartsWith(Path.GetFullPath(target), Path.GetFullPath(local));
    }

    [ContractFact]
    public async Task Download_Directory_CopiesWholeTree()
    {
        LocalFile("model/MLmodel", "m");
        LocalFile("model/data/weights.bin", "w");
        await Store.LogArtifactsAsync(RootUri, Path.Combine(scratch, "src", "model"), "model");

        var local = await Store.DownloadAsync(RootUri, "model", Path.Combine(scratch, "out"));

        Assert.Equal("m", File.ReadAllText(Path.Combine(local, "MLmodel")));
        Assert.Equal("w", File.ReadAllText(Path.Combine(local, "data", "weights.bin")));
    }

    [ContractFact]
    public async Task Download_Missing_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.DownloadAsync(RootUri, "nope.txt", Path.Combine(scratch, "out")));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractTheory]
    [InlineData("../outside")]
    [InlineData("model/../../outside")]
    public async Task Paths_EscapingRoot_InvalidParameterValue(string path)
    {
        var file = LocalFile("a.txt", "a");

        var log = await Assert.ThrowsAsync<MlopsException>(() => Store.LogArtifactsAsync(RootUri, file, path));
        var list = await Assert.ThrowsAsync<MlopsException>(() => Store.ListAsync(RootUri, path));
        var download = await Assert.ThrowsAsync<MlopsException>(() => Store.DownloadAsync(RootUri, path, Path.Combine(scratch, "out")));

        Assert.All([log, list, download], e => Assert.Equal(ErrorCode.InvalidParameterValue, e.Code));
        Assert.Contains(path, log.Message);
    }
}
