namespace Mlops.Web.Runs;

/// <summary>A file's preview kind from its name, and the only content types the UI ever sends for artifacts.</summary>
public static class ArtifactKinds
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".log", ".md", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".xml", ".py", ".cs", ".lock", ".html",
    };

    private static readonly HashSet<string> TextNames = new(StringComparer.Ordinal) { "MLmodel", "mlproject", "requirements.txt" };

    public static ArtifactKind Of(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return extension.ToLowerInvariant() switch
        {
            ".png" => ArtifactKind.Png,
            ".svg" => ArtifactKind.Svg,
            ".json" => ArtifactKind.Json,
            ".csv" or ".tsv" => ArtifactKind.Csv,
            _ when TextExtensions.Contains(extension) || TextNames.Contains(name) => ArtifactKind.Text,
            _ => ArtifactKind.Other,
        };
    }

    /// <summary>HTML (like every text) goes out as text/plain: a stored page is shown, never run.</summary>
    public static string ContentType(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Png => "image/png",
        ArtifactKind.Svg => "image/svg+xml",
        ArtifactKind.Json or ArtifactKind.Csv or ArtifactKind.Text => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
