using Mlops.Pipeline.Locking;

namespace Mlops.Lifecycle.Tracking;

/// <summary>
/// &lt;workspace&gt;/.mlops/tracked-run names the run a pipeline process has open, from its creation until it ends.
/// Left behind by a crash, it tells the next pipeline run — even one with nothing to rerun, which otherwise never
/// opens the store — which run to check and mark FAILED.
/// </summary>
public static class TrackedRunMarker
{
    public const string RelativePath = ".mlops/tracked-run";

    public static string? Read(string workspace)
    {
        var path = Path.Combine(workspace, RelativePath);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() is { Length: > 0 } id ? id : null : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Write(string workspace, string runId) => AtomicFile.WriteAllText(Path.Combine(workspace, RelativePath), runId);

    /// <summary>Removes the marker only when it still names <paramref name="runId"/>: a later run may have replaced it.</summary>
    public static void Clear(string workspace, string runId)
    {
        if (Read(workspace) == runId)
        {
            File.Delete(Path.Combine(workspace, RelativePath));
        }
    }
}
