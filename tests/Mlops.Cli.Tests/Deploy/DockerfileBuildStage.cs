using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Deploy;

/// <summary>
/// The repository's Dockerfile read as a test needs it: what its build stage copies into the image's build context
/// and the arguments of its <c>RUN dotnet publish</c> line, so the test runs exactly the image's publish step.
/// </summary>
public sealed record DockerfileBuildStage(IReadOnlyList<string> CopiedPaths, IReadOnlyList<string> PublishArguments, IReadOnlyList<string> Lines)
{
    /// <summary>Folders .dockerignore keeps out of the context.</summary>
    public static readonly string[] IgnoredFolders = ["bin", "obj", "node_modules"];

    public static DockerfileBuildStage Read()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "Dockerfile")).Select(l => l.Trim()).ToList();
        var build = lines.SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var copied = build.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => Words(l)[1..^1]).Select(p => p.TrimEnd('/')).ToList();
        var publish = build.Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        return new DockerfileBuildStage(copied, Words(publish)[2..], lines);
    }

    /// <summary>The publish arguments with the output folder (<c>-o</c>) replaced.</summary>
    public IReadOnlyList<string> PublishArgumentsTo(string output)
    {
        var arguments = PublishArguments.ToList();
        var index = arguments.IndexOf("-o");
        Assert.True(index >= 0 && index + 1 < arguments.Count, "the Dockerfile's publish step names its output with -o");
        arguments[index + 1] = output;
        return arguments;
    }

    /// <summary>Copies the paths the build stage copies from the repository into <paramref name="context"/>, as docker would.</summary>
    public void CopyContextTo(string context)
    {
        foreach (var relative in CopiedPaths)
        {
            var source = Path.Combine(RepoRoot.Path, relative);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(context, relative));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var inside = Path.GetRelativePath(RepoRoot.Path, file);
                if (inside.Split(Path.DirectorySeparatorChar).Any(IgnoredFolders.Contains))
                {
                    continue;
                }
                var target = Path.Combine(context, inside);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
