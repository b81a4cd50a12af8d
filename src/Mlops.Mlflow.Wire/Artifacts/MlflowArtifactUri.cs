namespace Mlops.Mlflow.Wire.Artifacts;

/// <summary>MLflow's <c>mlflow-artifacts:</c> URIs: paths under the tracking server's artifacts destination, served by its proxy (<see cref="MlflowRoutes.ArtifactsProxy"/>).</summary>
public static class MlflowArtifactUri
{
    public const string Scheme = "mlflow-artifacts:";

    public static bool Is(string uri) => uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path under the artifacts destination, without a leading '/': <c>mlflow-artifacts:/1/abc</c> → <c>1/abc</c>.
    /// A host (<c>mlflow-artifacts://host/...</c>) is dropped: the tracking server at hand is the one that serves them.
    /// </summary>
    public static string PathOf(string uri)
    {
        var rest = uri[Scheme.Length..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            rest = slash < 0 ? "" : rest[slash..];
        }
        return rest.TrimStart('/');
    }
}
