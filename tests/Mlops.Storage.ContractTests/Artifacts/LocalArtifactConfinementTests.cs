using Mlops.Artifacts.Local;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests.Artifacts;

/// <summary>The local store follows links before deciding a path is inside its root, and honours a policy's roots.</summary>
public sealed class LocalArtifactConfinementTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mlops-confine-").FullName;
    private readonly LocalArtifactStore store = new();

    private string Root => Path.Combine(folder, "root");

    private string Outside => Path.Combine(folder, "outside");

    public LocalArtifactConfinementTests()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(Root, "out"), Outside);
        File.CreateSymbolicLink(Path.Combine(Root, "dangling"), Path.Combine(Outside, "new.txt"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("out")]
    [InlineData("out/secret.txt")]
    [InlineData("dangling")]
    public async Task EveryOperation_PathThroughLinkLeavingRoot_InvalidParameterValue(string path)
    {
        var local = Path.Combine(folder, "local.txt");
        File.WriteAllText(local, "x");

        var errors = new[]
        {
            await Assert.ThrowsAsync<MlopsException>(() => store.ListAsync(Root, path)),
            await Assert.ThrowsAsync<MlopsException>(() => store.DownloadAsync(Root, path, Path.Combine(folder, "copy"))),
            await Assert.ThrowsAsync<MlopsException>(() => store.LogArtifactsAsync(Root, local, path)),
            Assert.Throws<MlopsException>(() => store.TryGetLocalPath(Root, path)),
        };

        Assert.All(errors, e => Assert.Equal(ErrorCode.InvalidParameterValue, e.Code));
        Assert.False(File.Exists(Path.Combine(Outside, "new.txt")));
        Assert.Equal(["secret.txt"], Directory.GetFiles(Outside).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("file:///etc#")]
    [InlineData("file:///etc?x")]
    [InlineData("s3://bucket/x")]
    public async Task List_RootUriWithFragmentQueryOrRemote_InvalidParameterValue(string rootUri)
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => store.ListAsync(rootUri, "passwd"));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }

    [Fact]
    public async Task List_RootOutsidePolicyRoots_InvalidParameterValue()
    {
        var confined = new LocalArtifactStore(new ArtifactPolicy([Root]));

        var inside = await confined.ListAsync(Root);
        var error = await Assert.ThrowsAsync<MlopsException>(() => confined.ListAsync(Outside));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(inside, e => e.Path == "out");
    }
}
