using Mlops.Core.Errors;

namespace Mlops.Storage.MlflowRest.Artifacts;

/// <summary>Relative artifact paths ('/'-separated, never leaving the root) and <c>mlflow-artifacts:</c> roots.</summary>
internal static class ArtifactPaths
{
    public static bool IsProxied(string rootUri) => MlflowArtifactUri.Is(rootUri);

    /// <summary>The path under the server's artifact root: <c>mlflow-artifacts:/1/abc/artifacts/</c> → <c>1/abc/artifacts</c>.</summary>
    public static string ProxyRoot(string rootUri) => MlflowArtifactUri.PathOf(rootUri).TrimEnd('/');

    /// <summary>Normalizes a relative path; null, "", "." and "/" mean the root.</summary>
    public static string Normalize(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath is "." or "/")
        {
            return "";
        }
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (relativePath.StartsWith('/') || relativePath.StartsWith('\\') || Path.IsPathRooted(relativePath) || segments.Contains(".."))
        {
            throw MlopsException.Invalid(
                $"Invalid artifact path '{relativePath}': it must be relative to the artifact root and must not contain '..'.");
        }
        return string.Join('/', segments.Where(s => s != "."));
    }

    public static string Join(params string[] parts) => string.Join('/', parts.Where(p => p.Length > 0));

    public static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Each segment escaped, separators kept: the form the proxy expects in its URL path.</summary>
    public static string EscapeSegments(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
