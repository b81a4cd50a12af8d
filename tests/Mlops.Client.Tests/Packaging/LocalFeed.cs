using System.Security;
using Mlops.Client.Tests.Support;

namespace Mlops.Client.Tests.Packaging;

/// <summary>
/// A temporary folder feed packed from this repository's build output, and a nuget.config beside it that takes the
/// Mlops packages from that feed only (package source mapping), third-party packages from the machine's sources or
/// its package cache, and restores into a folder of its own.
/// </summary>
public sealed class LocalFeed
{
    /// <summary>What a user of the library, a SQLite user and a tool user restore, with their Mlops dependencies.</summary>
    public static readonly IReadOnlyList<string> Projects =
        ["Mlops.Core", "Mlops.Artifacts.Local", "Mlops.Storage.Relational", "Mlops.Storage.Sqlite", "Mlops.Inference", "Mlops.Client", "Mlops.Cli"];

    private LocalFeed(string root) => Root = root;

    /// <summary>The folder holding nuget.config; commands run in it or below it see that configuration.</summary>
    public string Root { get; }

    public string Folder => Path.Combine(Root, "feed");

    /// <summary>Where restores put packages: the feed's packages land here, never in the machine's cache.</summary>
    public string RestoredPackages => Path.Combine(Root, "packages");

    /// <summary>
    /// Packs <see cref="Projects"/> as <paramref name="version"/>: a version of its own per run, so no package cache
    /// (this feed's or the machine's, which restores fall back to) can hold an older build under the same number.
    /// </summary>
    public static async Task<LocalFeed> PackAsync(string root, string repository, string configuration, string version, Action<string> log)
    {
        var feed = new LocalFeed(root);
        Directory.CreateDirectory(feed.Folder);
        foreach (var project in Projects)
        {
            var pack = await ChildProcess.RunAsync("dotnet", repository,
                ["pack", Path.Combine("src", project), "--no-build", "-c", configuration, "-o", feed.Folder,
                    $"-p:Version={version}", "-v", "q", "-nologo"]);
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed: {pack.Output}");
            log($"packed {project} in {pack.Took.TotalSeconds:F0} s");
        }
        var sources = await MachineSourcesAsync(root);
        await File.WriteAllTextAsync(Path.Combine(root, "nuget.config"), feed.Config(sources));
        return feed;
    }

    private string Config(IReadOnlyList<string> machineSources)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var sources = machineSources.Select((url, i) => (Key: $"machine-{i}", Url: url)).ToList();
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Escape(RestoredPackages)}" /></config>
              <packageSources>
                <clear />
                <add key="mlops-feed" value="{Escape(Folder)}" />
                {string.Concat(sources.Select(s => $"<add key=\"{s.Key}\" value=\"{Escape(s.Url)}\" />"))}
              </packageSources>
              <fallbackPackageFolders><add key="machine-cache" value="{Escape(cache)}" /></fallbackPackageFolders>
              <packageSourceMapping>
                <packageSource key="mlops-feed"><package pattern="Mlops.*" /></packageSource>
                {string.Concat(sources.Select(s => $"<packageSource key=\"{s.Key}\"><package pattern=\"*\" /></packageSource>"))}
              </packageSourceMapping>
            </configuration>
            """;
    }

    /// <summary>The enabled sources of the machine's own NuGet configuration (asked before our nuget.config exists).</summary>
    private static async Task<IReadOnlyList<string>> MachineSourcesAsync(string folder)
    {
        var list = await ChildProcess.RunAsync("dotnet", folder, ["nuget", "list", "source", "--format", "short"]);
        Assert.True(list.ExitCode == 0, list.Output);
        return [.. list.Output.Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())];
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
