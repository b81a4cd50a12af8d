namespace Mlops.Web;

/// <summary>The UI's URLs in one place, so pages link to each other without repeating route text.</summary>
public static class UiRoutes
{
    public const string Stylesheet = "/ui/ui.css";

    /// <summary>One run artifact, sent with a safe content type (see <c>RunArtifactFileApi</c>).</summary>
    public const string ArtifactFile = "/ui/artifact";

    /// <summary>The runs table; <c>exp</c>, <c>filter</c>, <c>order</c>, <c>col</c> and <c>page</c> in the query.</summary>
    public const string Runs = "/runs";

    public static string Run(string runId) => $"{Runs}/{Uri.EscapeDataString(runId)}";

    public const string Compare = "/compare";

    public static string RunsOf(string experimentId) => $"{Runs}?exp={Uri.EscapeDataString(experimentId)}";

    public static string RunArtifacts(string runId, string? path) =>
        string.IsNullOrEmpty(path) ? Run(runId) + "#artifacts" : $"{Run(runId)}?artifact={Uri.EscapeDataString(path)}#artifacts";

    public static string RunArtifactFile(string runId, string path) =>
        $"{ArtifactFile}?run={Uri.EscapeDataString(runId)}&path={Uri.EscapeDataString(path)}";

    public static string CompareRuns(IEnumerable<string> runIds) =>
        Compare + "?" + string.Join("&", runIds.Select(id => "run=" + Uri.EscapeDataString(id)));
}
