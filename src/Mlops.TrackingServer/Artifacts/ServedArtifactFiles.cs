using Mlops.Core.Artifacts;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Artifact files sent and received wherever the destination is: a local destination's files are streamed where they
/// lie (<see cref="ArtifactFiles"/>); a remote one's (<c>s3://</c>) go through the artifact store by way of a private
/// temporary folder, so an upload reaches the store as one whole file (which it makes visible whole or not at all).
/// </summary>
internal static class ServedArtifactFiles
{
    /// <summary>Sends <paramref name="path"/> under a root from <see cref="ArtifactLocations.ServedRoot"/>.</summary>
    public static async Task SendAsync(HttpContext context, IArtifactStore artifacts, ArtifactLocations locations, string servedRoot, string path)
    {
        if (!locations.IsRemote)
        {
            await ArtifactFiles.SendAsync(context, ArtifactPolicy.Resolve(servedRoot, path), path);
            return;
        }
        await RequireFileAsync(artifacts, servedRoot, path, "only files can be downloaded", context.RequestAborted);
        var scratch = Directory.CreateTempSubdirectory("mlops-artifact-send-").FullName;
        try
        {
            string file;
            try
            {
                file = await artifacts.DownloadAsync(servedRoot, path, scratch, context.RequestAborted);
            }
            catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
            {
                throw MlopsException.NotFound($"Artifact '{path}' does not exist.");
            }
            await ArtifactFiles.SendAsync(context, file, path);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Stores the request body as the file <paramref name="path"/> under a remote root.</summary>
    public static async Task ReceiveAsync(HttpContext context, IArtifactStore artifacts, string remoteRoot, string path)
    {
        var segments = ArtifactPolicy.Segments(path);
        await RequireFileAsync(artifacts, remoteRoot, path, "an upload must name a file", context.RequestAborted);
        var scratch = Directory.CreateTempSubdirectory("mlops-artifact-receive-").FullName;
        try
        {
            var file = Path.Combine(scratch, segments[^1]);
            await using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await context.Request.Body.CopyToAsync(stream, context.RequestAborted);
            }
            var folder = segments.Count == 1 ? null : string.Join('/', segments.Take(segments.Count - 1));
            await artifacts.LogArtifactsAsync(remoteRoot, file, folder, context.RequestAborted);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Refuses the root itself and a folder (a prefix with objects under it); in a store, a folder is only a key prefix.</summary>
    private static async Task RequireFileAsync(IArtifactStore artifacts, string root, string path, string rule, CancellationToken ct)
    {
        if (ArtifactPolicy.Segments(path).Count == 0 || (await artifacts.ListAsync(root, path, ct)).Count > 0)
        {
            throw MlopsException.Invalid($"Invalid path '{path}': it is a directory; {rule}.");
        }
    }
}
