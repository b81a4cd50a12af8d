using System.Text.Json;
using Mlops.Artifacts.Local;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Proxied artifacts replayed against recordings 21–26.</summary>
public sealed class ArtifactReplayTests : IDisposable
{
    private const string RunId = RunReplayTests.RunId;
    private static readonly string Root = $"mlflow-artifacts:/1/{RunId}/artifacts";
    private readonly string scratch = Path.Combine(Path.GetTempPath(), $"mlops-rest-artifacts-{Guid.NewGuid():N}");
    private readonly ReplayHandler handler = new();

    public ArtifactReplayTests() => Directory.CreateDirectory(scratch);

    private IArtifactStore Store => ReplayStore.Open(handler).Artifacts;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string LocalFile(string relative, RecordedExchange upload)
    {
        var path = Path.Combine(scratch, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, upload.Request.GetProperty("content").GetString());
        return path;
    }

    [Fact]
    public async Task LogArtifacts_FileUnderModel_PutsRecordedBody()
    {
        var upload = RecordedExchange.Load("21-artifacts-upload-model-mlmodel");
        handler.Expect(upload);

        await Store.LogArtifactsAsync(Root, LocalFile("MLmodel", upload), "model");

        handler.AssertAllServed();
    }

    [Fact]
    public async Task LogArtifacts_DirectoryAtRoot_PutsEachFileUnderItsRelativePath()
    {
        var model = RecordedExchange.Load("21-artifacts-upload-model-mlmodel");
        var notes = RecordedExchange.Load("22-artifacts-upload-notes.txt");
        LocalFile("tree/model/MLmodel", model);
        LocalFile("tree/notes.txt", notes);
        handler.Expect(model).Expect(notes);

        await Store.LogArtifactsAsync(Root, Path.Combine(scratch, "tree"));

        handler.AssertAllServed();
    }

    [Fact]
    public async Task List_Model_ProxyListingWithPathsRelativeToRoot()
    {
        handler.Expect("25-artifacts-proxy-list");

        var entries = await Store.ListAsync(Root, "model");

        Assert.Equal([new ArtifactEntry("model/MLmodel", false, 114)], entries);
    }

    [Fact]
    public async Task Download_File_ListsParentThenGetsRecordedContent()
    {
        handler.Expect(RootListing()).Expect("26-artifacts-download-notes");

        var local = await Store.DownloadAsync(Root, "notes.txt", Path.Combine(scratch, "out"));

        Assert.Equal(Path.Combine(scratch, "out", "notes.txt"), local);
        Assert.Equal("hello from peer test\n", File.ReadAllText(local));
    }

    [Fact]
    public async Task Download_Missing_ResourceDoesNotExistWithoutFetching()
    {
        handler.Expect(RootListing());

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.DownloadAsync(Root, "nope.txt", scratch));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains("nope.txt", error.Message);
        handler.AssertAllServed();
    }

    [Theory]
    [InlineData("23-artifacts-list-run-root", null)]
    [InlineData("24-artifacts-list-run-model", "model")]
    public async Task ListRunArtifacts_ByRunId_SendsRecordedQuery(string recording, string? path)
    {
        handler.Expect(recording);

        var entries = await ReplayStore.Open(handler).Tracking.ListRunArtifactsAsync(RunId, path);

        Assert.Contains(entries, e => e.Path.EndsWith("MLmodel", StringComparison.Ordinal) || e is { Path: "model", IsDirectory: true });
    }

    [Fact]
    public async Task LocalRoot_FallsBackToLocalArtifactStore()
    {
        var root = Path.Combine(scratch, "local-root");
        var file = Path.Combine(scratch, "a.txt");
        File.WriteAllText(file, "abc");

        await Store.LogArtifactsAsync(new Uri(root).AbsoluteUri, file, "x");

        Assert.Equal([new ArtifactEntry("x/a.txt", false, 3)], await Store.ListAsync(root, "x"));
        Assert.Empty(handler.Requests);
    }

    /// <summary>Not recorded: the proxy listing of the run root, built from recording 23's answer for the same run.</summary>
    private static RecordedExchange RootListing()
    {
        var files = RecordedExchange.Load("23-artifacts-list-run-root").Response.GetProperty("files");
        using var response = JsonDocument.Parse($$"""{"files": {{files.GetRawText()}}}""");
        using var request = JsonDocument.Parse($$"""{"path": "1/{{RunId}}/artifacts"}""");
        return new RecordedExchange("synthetic-proxy-list-root", "GET", $"/api/2.0/mlflow-artifacts/artifacts?path=1%2F{RunId}%2Fartifacts",
            request.RootElement.Clone(), 200, response.RootElement.Clone());
    }
}
