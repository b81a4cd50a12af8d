using Mlops.Core.Artifacts;

namespace Mlops.Web.Runs;

/// <summary>Reads one run artifact through the artifact store: in place when it is local, else through a temporary download.</summary>
public static class ArtifactFiles
{
    /// <summary>The file's content as a stream the caller disposes; a folder or a missing file is not found.</summary>
    public static async Task<Stream> OpenAsync(IArtifactStore artifacts, string rootUri, string path, CancellationToken ct)
    {
        if (artifacts.TryGetLocalPath(rootUri, path) is { } local)
        {
            return File.Exists(local)
                ? new FileStream(local, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 16 * 1024, useAsync: true)
                : throw Core.Errors.MlopsException.NotFound($"Artifact '{path}' is a folder, not a file.");
        }
        var folder = Directory.CreateTempSubdirectory("mlops-ui-artifact");
        try
        {
            var downloaded = await artifacts.DownloadAsync(rootUri, path, folder.FullName, ct);
            if (!File.Exists(downloaded))
            {
                throw Core.Errors.MlopsException.NotFound($"Artifact '{path}' is a folder, not a file.");
            }
            return new MemoryStream(await File.ReadAllBytesAsync(downloaded, ct), writable: false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
