using Mlops.Artifacts.S3;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>Folder downloads with a cache folder: reused while the objects are unchanged, fetched again when one changes.</summary>
[RequiresS3rver]
public sealed class S3DownloadCacheTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("mlops-s3-cache-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string Package(string weights)
    {
        var folder = Path.Combine(scratch, "package");
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllText(Path.Combine(folder, "MLmodel"), "flavors: {}");
        File.WriteAllText(Path.Combine(folder, "data", "weights.bin"), weights);
        return folder;
    }

    [ContractFact]
    public async Task Download_UnchangedFolderTwice_SecondServedFromCache()
    {
        var options = server.Options(o => o with { CacheFolder = Path.Combine(scratch, "cache") });
        using var client = new ScriptedS3Client(options);
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();
        await store.LogArtifactsAsync(root, Package("v1"), "model");

        var first = await store.DownloadAsync(root, "model", Path.Combine(scratch, "a"));
        var getsAfterFirst = client.Gets;
        var second = await store.DownloadAsync(root, "model", Path.Combine(scratch, "b"));

        Assert.Equal(2, getsAfterFirst);
        Assert.Equal(getsAfterFirst, client.Gets);
        Assert.Equal("v1", File.ReadAllText(Path.Combine(second, "data", "weights.bin")));
        Assert.Equal("flavors: {}", File.ReadAllText(Path.Combine(first, "MLmodel")));
        Assert.Single(Directory.GetDirectories(Path.Combine(scratch, "cache")));
    }

    [ContractFact]
    public async Task Download_FileReplacedWithOtherContent_FetchedAgainIntoNewEntry()
    {
        var options = server.Options(o => o with { CacheFolder = Path.Combine(scratch, "cache") });
        using var client = new ScriptedS3Client(options);
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();
        await store.LogArtifactsAsync(root, Package("v1"), "model");
        await store.DownloadAsync(root, "model", Path.Combine(scratch, "a"));

        await store.LogArtifactsAsync(root, Package("v2"), "model");
        var again = await store.DownloadAsync(root, "model", Path.Combine(scratch, "b"));

        Assert.Equal(4, client.Gets);
        Assert.Equal("v2", File.ReadAllText(Path.Combine(again, "data", "weights.bin")));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(scratch, "cache")).Length);
    }
}
