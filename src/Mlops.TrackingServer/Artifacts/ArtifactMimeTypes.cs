using Microsoft.AspNetCore.StaticFiles;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// The Content-Type of a downloaded artifact, as MLflow 2.10.2's <c>_guess_mime_type</c> picks it: text/plain for the
/// extensions MLflow's UI shows as text (and the extensionless MLmodel and mlproject files), else by extension, else
/// application/octet-stream. Downloads are attachments with nosniff, so a text type never renders as a page.
/// </summary>
internal static class ArtifactMimeTypes
{
    private static readonly FileExtensionContentTypeProvider ByExtension = new();

    private static readonly HashSet<string> TextExtensions = new(StringComparer.Ordinal)
    {
        "txt", "log", "err", "cfg", "conf", "cnf", "cf", "ini", "properties", "prop", "hocon", "toml", "yaml", "yml", "xml",
        "json", "js", "py", "py3", "csv", "tsv", "md", "rst", "MLmodel", "mlproject",
    };

    public static string For(string file)
    {
        var name = Path.GetFileName(file);
        var extension = Path.GetExtension(name).TrimStart('.');
        var key = extension.Length == 0 ? name : extension;
        if (TextExtensions.Contains(key))
        {
            return "text/plain";
        }
        return ByExtension.TryGetContentType(name, out var type) ? type : "application/octet-stream";
    }
}
