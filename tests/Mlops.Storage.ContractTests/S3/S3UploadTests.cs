using Mlops.Artifacts.S3;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>Multipart uploads on s3rver: whole files arrive whole, and a failed upload leaves nothing listed.</summary>
[RequiresS3rver]
public sealed class S3UploadTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private const long MiB = 1024 * 1024;
    private readonly string scratch = Directory.CreateTempSubdirectory("mlops-s3-upload-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private S3ArtifactOptions SmallParts() => server.Options(o => o with { MultipartThreshold = 5 * MiB, PartSize = 5 * MiB });

    private string LargeFile(long size, int seed)
    {
        var path = Path.Combine(scratch, $"weights-{seed}.bin");
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [ContractFact]
    public async Task LogArtifacts_FileAboveThreshold_UploadedInPartsAndDownloadedWhole()
    {
        var options = SmallParts();
        using var client = new ScriptedS3Client(options);
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();
        var file = LargeFile(11 * MiB + 123, seed: 1);

        await store.LogArtifactsAsync(root, file, "model");
        var local = await store.DownloadAsync(root, "model/weights-1.bin", Path.Combine(scratch, "out"));

        Assert.Equal(3, client.PartsUploaded);
        Assert.Equal(1, client.Completes);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(local));
        Assert.Equal([new ArtifactEntry("model/weights-1.bin", false, 11 * MiB + 123)], await store.ListAsync(root, "model"));
    }

    [ContractFact]
    public async Task LogArtifacts_PartFailsMidUpload_AbortedAndNoObjectListed()
    {
        var options = SmallParts();
        using var client = new ScriptedS3Client(options) { FailPart = 2 };
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => store.LogArtifactsAsync(root, LargeFile(12 * MiB, seed: 2), "model"));

        Assert.Contains("part 2", error.Message);
        Assert.Equal(1, client.PartsUploaded);
        Assert.Equal(0, client.Completes);
        Assert.Equal(1, client.Aborts);
        Assert.Empty(await store.ListAsync(root, "model"));
        Assert.Empty(await store.ListAsync(root));
    }

    [ContractFact]
    public async Task LogArtifacts_FileBelowThreshold_SinglePutNoParts()
    {
        var options = SmallParts();
        using var client = new ScriptedS3Client(options);
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();

        await store.LogArtifactsAsync(root, LargeFile(MiB, seed: 3));

        Assert.Equal(0, client.PartsUploaded);
        Assert.Equal([new ArtifactEntry("weights-3.bin", false, MiB)], await store.ListAsync(root));
    }

    [ContractFact]
    public async Task LogArtifacts_KilledMidMultipartWithoutAbort_NoObjectListed()
    {
        var options = SmallParts();
        using var client = new ScriptedS3Client(options) { FailPart = 3, FailAbort = true };
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();

        await Assert.ThrowsAsync<HttpRequestException>(() => store.LogArtifactsAsync(root, LargeFile(12 * MiB, seed: 4), "model"));

        // Two parts are stored and the upload is still open, yet nothing is listed or downloadable: only a completed
        // multipart upload becomes an object.
        Assert.Equal(2, client.PartsUploaded);
        Assert.Equal(0, client.Completes);
        Assert.Empty(await store.ListAsync(root, "model"));
        await Assert.ThrowsAsync<MlopsException>(() => store.DownloadAsync(root, "model/weights-4.bin", Path.Combine(scratch, "out")));
    }

    [ContractFact]
    public async Task LogArtifacts_CancelledMidMultipart_AbortedAndNoObjectListed()
    {
        var options = SmallParts();
        using var cancellation = new CancellationTokenSource();
        using var client = new ScriptedS3Client(options) { Cancellation = cancellation, CancelAtPart = 2 };
        var store = new S3ArtifactStore(client, options);
        var root = S3rverFixture.NewRoot();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.LogArtifactsAsync(root, LargeFile(12 * MiB, seed: 5), "model", cancellation.Token));

        Assert.Equal(0, client.Completes);
        Assert.Equal(1, client.Aborts);
        Assert.Empty(await store.ListAsync(root, "model"));
    }
}
