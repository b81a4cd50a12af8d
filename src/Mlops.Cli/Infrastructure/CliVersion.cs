using System.Reflection;

namespace Mlops.Cli.Infrastructure;

/// <summary>What `mlops --version` prints: the packages' version (Directory.Build.props), with the commit when built from git.</summary>
public static class CliVersion
{
    public static string Text { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
