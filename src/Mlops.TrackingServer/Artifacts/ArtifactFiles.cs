using Microsoft.Net.Http.Headers;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Sends one artifact file where it lies (streamed, never copied) as an attachment, as MLflow does, so an HTML
/// artifact cannot render as a page of the server's origin; folders are refused, nothing is copied for them.
/// </summary>
internal static class ArtifactFiles
{
    public static Task SendAsync(HttpContext context, string file, string requested)
    {
        if (Directory.Exists(file))
        {
            throw MlopsException.Invalid($"Invalid path '{requested}': it is a directory; only files can be downloaded.");
        }
        if (!File.Exists(file))
        {
            throw MlopsException.NotFound($"Artifact '{requested}' does not exist.");
        }
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(Path.GetFileName(file));
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentType = ArtifactMimeTypes.For(file);
        return context.Response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>Removes a file or a whole folder (a link is removed, never followed); a missing path is not an error.</summary>
    public static void Delete(string target)
    {
        var info = new FileInfo(target);
        if (info.LinkTarget is not null || info.Exists)
        {
            info.Delete();
        }
        else if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }

    /// <summary>File-system faults on a client's path are the client's error; the message names the path it sent, not ours.</summary>
    public static MlopsException Refused(string requested, Exception e) =>
        MlopsException.Invalid($"Invalid artifact path '{requested}': the server cannot write it ({e.GetType().Name}).");
}
