using System.Text;

namespace Mlops.TrackingServer.Tests.Security;

/// <summary>
/// Plants secrets beside the store and outside the root, and links inside the root pointing at them, then tries
/// crafted paths against every artifact endpoint: nothing may leak, nothing may be written outside, no 5xx.
/// </summary>
public sealed class ArtifactEndpointsAttackTests
{
    private const int Seed = 20261206;

    [Fact]
    public async Task EveryEndpoint_CraftedPaths_NeverLeakWriteOutsideOr5xx()
    {
        await using var harness = await ServerHarness.StartAsync();
        var outside = Directory.CreateTempSubdirectory("mlops-outside-").FullName;
        try
        {
            var secret = "SECRET-" + Guid.NewGuid().ToString("N");
            File.WriteAllText(Path.Combine(harness.Folder, "secret.txt"), secret);
            File.WriteAllText(Path.Combine(outside, "secret.txt"), secret);
            var run = await SecurityFixture.CreateRunAsync(harness);
            var runFolder = SecurityFixture.RunFolder(harness, run);
            Directory.CreateDirectory(Path.Combine(runFolder, "model"));
            File.WriteAllText(Path.Combine(runFolder, "model", "MLmodel"), "flavors: {}");
            foreach (var folder in new[] { runFolder, harness.ArtifactsFolder })
            {
                Directory.CreateSymbolicLink(Path.Combine(folder, "link-out"), outside);
                Directory.CreateSymbolicLink(Path.Combine(folder, "link-store"), harness.Folder);
                File.CreateSymbolicLink(Path.Combine(folder, "dangling"), Path.Combine(outside, "created-through-link"));
            }
            var (versionStatus, _) = await SecurityFixture.CreateVersionAsync(harness, "m", $"runs:/{run}/model", run);
            Assert.Equal(200, versionStatus);
            var before = Snapshot(harness.Folder, harness.ArtifactsFolder, outside);

            var paths = CraftedPaths.Generate(Seed, 220, ["secret.txt", "mlops.db", "etc/passwd", "proc/self/environ"],
                [Path.Combine(harness.Folder, "secret.txt"), Path.Combine(outside, "secret.txt"), Path.Combine(harness.Folder, "mlops.db")]);
            Assert.True(paths.Count >= 200, $"only {paths.Count} crafted paths");
            var failures = new List<string>();
            foreach (var path in paths)
            {
                foreach (var (method, target, body) in Requests(run, path))
                {
                    var (status, response) = await RawHttp.SendAsync(harness.Server.BaseAddress, method, target, body);
                    if (status is 0 or >= 500 || response.Contains(secret, StringComparison.Ordinal)
                        || response.Contains("SQLite format 3", StringComparison.Ordinal))
                    {
                        failures.Add($"{status} {method} {target}");
                    }
                }
            }

            Assert.Empty(failures);
            Assert.Equal(before, Snapshot(harness.Folder, harness.ArtifactsFolder, outside));
            Assert.Equal(secret, File.ReadAllText(Path.Combine(outside, "secret.txt")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static IEnumerable<(string Method, string Target, string? Body)> Requests(string run, string path)
    {
        var escaped = Uri.EscapeDataString(path);
        foreach (var query in new[] { path, escaped })
        {
            yield return ("GET", $"/api/2.0/mlflow/artifacts/list?run_id={run}&path={query}", null);
            yield return ("GET", $"/get-artifact?run_id={run}&path={query}", null);
            yield return ("GET", $"/api/2.0/mlflow-artifacts/artifacts?path={query}", null);
            yield return ("GET", $"/api/2.0/mlflow/model-versions/get-artifact?name=m&version=1&path={query}", null);
        }
        foreach (var prefix in new[] { "", $"0/{run}/artifacts/" })
        {
            var target = "/api/2.0/mlflow-artifacts/artifacts/" + prefix + path;
            yield return ("GET", target, null);
            yield return ("PUT", target, "written-by-attack");
            yield return ("DELETE", target, null);
        }
    }

    /// <summary>Every entry outside the artifacts root (links not followed), with sizes, to compare before and after.</summary>
    private static string Snapshot(string store, string artifactsRoot, string outside)
    {
        var text = new StringBuilder();
        foreach (var top in new[] { store, outside })
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var entry in new DirectoryInfo(top).EnumerateFileSystemInfos("*", options).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.StartsWith(artifactsRoot, StringComparison.Ordinal) || entry.Name.StartsWith("mlops.db", StringComparison.Ordinal))
                {
                    continue;
                }
                text.Append(entry.FullName).Append(' ').Append(entry is FileInfo file ? file.Length : -1).Append('\n');
            }
        }
        return text.ToString();
    }
}
