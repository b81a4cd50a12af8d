namespace Mlops.Web.Runs;

/// <summary>How the artifacts browser previews a file.</summary>
public enum ArtifactKind
{
    Other,
    Png,
    Svg,
    Json,
    Csv,
    Text,
}
