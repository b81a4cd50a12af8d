using System.Text.RegularExpressions;
using Mlops.Client.Tests.Support;
using Xunit.Abstractions;

namespace Mlops.Client.Tests.Packaging;

/// <summary>
/// Issue #18's acceptance: the packages work from a feed, outside this repository. Takes minutes (packing, two
/// restores, a console build, the pipeline); the trait lets a run pick it out or skip it with
/// <c>--filter Duration!=Minutes</c>, and the test prints each step's time.
/// </summary>
[Trait("Duration", "Minutes")]
public sealed class PackageAcceptanceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Release = ReleaseVersion();
    private readonly string version = $"{Release}-test-{Guid.NewGuid():N}";
    private readonly string root = Path.Combine(Path.GetTempPath(), "mlops-package-acceptance", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Packages_FromFolderFeed_ToolRunsPipelineAndConsoleAppLogsRunAndScoresChampion()
    {
        var feed = await LocalFeed.PackAsync(root, RepoFolder(), BuildConfiguration(), version, output.WriteLine);

        var mlops = await InstallToolAsync(feed);
        var printed = await RunAsync(mlops, root, "--version");
        Assert.StartsWith(Release, printed.Output.Trim());

        var workspace = Workspace();
        await RunAsync(mlops, workspace, "pipeline", "run");

        var app = Path.Combine(root, "app");
        ConsumerApp.WriteTo(app, version);
        var trackingUri = $"sqlite:///{Path.Combine(workspace, "mlruns", "mlops.db")}";
        var lines = (await RunAsync("dotnet", app, "run", "--", trackingUri)).Output.Split('\n', StringSplitOptions.TrimEntries);

        Assert.Contains(lines, l => l.StartsWith("run ", StringComparison.Ordinal));
        Assert.Contains("found 1", lines);
        Assert.Contains("model obesity_classifier v1", lines);
        var untyped = lines.Single(l => l.StartsWith("untyped ", StringComparison.Ordinal))["untyped ".Length..];
        var typed = lines.Single(l => l.StartsWith("typed ", StringComparison.Ordinal))["typed ".Length..];
        Assert.Equal(untyped, typed);
        Assert.StartsWith("Normal_Weight ", typed);
        // The packages came from the feed, and a SQLite user pulled no PostgreSQL driver.
        Assert.True(Directory.Exists(Path.Combine(feed.RestoredPackages, "mlops.client", version)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app, "bin"), "Npgsql*.dll", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file is harmless for a temp folder.
        }
    }

    private async Task<string> InstallToolAsync(LocalFeed feed)
    {
        var tools = Path.Combine(root, "tools");
        await RunAsync("dotnet", root, "tool", "install", "Mlops.Cli", "--version", version, "--tool-path", tools);
        return Path.Combine(tools, "mlops");
    }

    private async Task<ChildProcess.Outcome> RunAsync(string program, string folder, params string[] args)
    {
        // The tool's launcher finds the runtime this test runs on.
        var environment = new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot() };
        var outcome = await ChildProcess.RunAsync(program, folder, args, environment);
        output.WriteLine($"{Path.GetFileName(program)} {string.Join(' ', args)}: {outcome.Took.TotalSeconds:F0} s");
        Assert.True(outcome.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Output}");
        return outcome;
    }

    /// <summary>params.yaml, pipeline.yaml and the raw dataset, as `mlops pipeline run` expects them.</summary>
    private string Workspace()
    {
        var workspace = Path.Combine(root, "workspace");
        foreach (var file in new[] { "params.yaml", "pipeline.yaml", Path.Combine("data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(workspace, file))!);
            File.Copy(Path.Combine(RepoFolder(), file), Path.Combine(workspace, file));
        }
        return workspace;
    }

    private static string RepoFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Mlops.slnx above {AppContext.BaseDirectory}");
    }

    /// <summary>The one version of the packages (Directory.Build.props), which `mlops --version` prints as built.</summary>
    private static string ReleaseVersion() =>
        Regex.Match(File.ReadAllText(Path.Combine(RepoFolder(), "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    /// <summary>The configuration this test was built in (bin/CONFIGURATION/net10.0): the projects it packs were built in it too.</summary>
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string DotnetRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
}
