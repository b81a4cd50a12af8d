namespace Mlops.TrackingServer.Tests.NpmClient;

/// <summary>
/// Where the npm <c>mlflow</c> round trip lives (tests/npm-mlflow) and whether it can run here: it needs <c>node</c> on
/// PATH and the package installed (<c>npm ci</c> in that folder, which .ci/run does). With
/// MLOPS_REQUIRE_NPM_MLFLOW=1 (set by .ci/run) a missing prerequisite fails the test instead of skipping it.
/// </summary>
internal static class NpmMlflowClient
{
    public const string RequireVariable = "MLOPS_REQUIRE_NPM_MLFLOW";

    public static string? Folder { get; } = FindFolder();

    public static string? Node { get; } = FindOnPath("node");

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the round trip cannot run here, or null when it can.</summary>
    public static string? MissingPrerequisite()
    {
        if (Folder is null)
        {
            return "tests/npm-mlflow/roundtrip.js was not found above the test binaries";
        }
        if (Node is null)
        {
            return "node is not on PATH";
        }
        return Directory.Exists(Path.Combine(Folder, "node_modules", "mlflow"))
            ? null
            : $"the npm package mlflow is not installed in {Folder} (run `npm ci` there)";
    }

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "npm-mlflow");
            if (File.Exists(Path.Combine(candidate, "roundtrip.js")))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, program), Path.Combine(dir, program + ".exe") })
            .FirstOrDefault(File.Exists);
}
