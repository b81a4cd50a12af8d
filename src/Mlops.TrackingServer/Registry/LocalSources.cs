namespace Mlops.TrackingServer.Registry;

/// <summary>A local model version source (path or <c>file:</c> URI) made into the absolute path MLflow's <c>_validate_source</c> checks.</summary>
internal static class LocalSources
{
    /// <summary>
    /// Resolves <c>.</c> and <c>..</c> as MLflow does before its containment check (<c>RUN/model/..</c> is the run's
    /// folder); the caller then confines the result to the run's artifacts, so nothing can climb out. A file: URI
    /// naming another host is refused with MLflow's words (MLflow answers 500; a refused input is a 400 here).
    /// </summary>
    public static string Resolved(string source)
    {
        if (!source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return source.StartsWith('/') ? Path.GetFullPath(source) : source;
        }
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri))
        {
            return source;
        }
        if (uri.Host.Length > 0 && !uri.Host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase)
            && !uri.Host.StartsWith("127.0.0.1", StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"{ErrorText.Cut(source)} is not a valid remote uri. For remote access " +
                "on windows, please consider using a different scheme such as SMB (e.g. smb://<hostname>/<path>).");
        }
        return uri.LocalPath;
    }
}
