using System.Globalization;
using System.Text;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;

namespace Mlops.Pipeline.Status;

/// <summary>
/// A record, written at the end of a whole-pipeline run that left every stage up to date, of the size and modification
/// time of every file that decides staleness: pipeline.yaml, the params file, pipeline.lock and every dep and output.
/// While none of them changes, every stage stays up to date, so a no-change rerun can say so without parsing YAML or
/// hashing data. This is the trust DVC puts in its (mtime, size) state cache; any difference means "ask the full check".
/// </summary>
public static class UpToDateStamp
{
    public const string RelativePath = ".mlops/up-to-date.stamp";

    private const string Header = "mlops up-to-date stamp v1";

    /// <summary>Records the current state; <paramref name="toolVersion"/> ties it to the code that judged it up to date.</summary>
    public static void Record(PipelineDefinition definition, string paramsPath, string toolVersion)
    {
        var root = definition.WorkspaceRoot;
        var paths = new List<string> { PipelineDefinitionFile(root), Path.GetFullPath(paramsPath), definition.LockFilePath };
        foreach (var stage in definition.TopologicalOrder)
        {
            paths.AddRange(stage.Deps.Concat(stage.Outputs).Select(p => WorkspacePaths.ToFullPath(root, p)));
        }
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("tool\t").Append(toolVersion).Append('\n');
        text.Append("stages\t").AppendJoin(',', definition.TopologicalOrder.Select(s => s.Name)).Append('\n');
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            text.Append(Describe(root, Path.GetRelativePath(root, path))).Append('\n');
        }
        var content = text.ToString();
        if (paths.Any(p => p.Contains('\t') || p.Contains('\n')) || definition.TopologicalOrder.Any(s => s.Name.Contains(',')))
        {
            // Such names would not survive the line format; the full check still works without a stamp.
            Remove(root);
            return;
        }
        AtomicFile.WriteAllText(Path.Combine(root, RelativePath), content);
    }

    /// <summary>
    /// The stage names in run order when the stamp of <paramref name="workspaceRoot"/> still describes every file it
    /// recorded (and the params file is <paramref name="paramsPath"/>); otherwise null.
    /// </summary>
    public static IReadOnlyList<string>? Check(string workspaceRoot, string paramsPath, string toolVersion)
    {
        try
        {
            var root = Path.GetFullPath(workspaceRoot);
            return Matches(root, File.ReadAllLines(Path.Combine(root, RelativePath)), paramsPath, toolVersion);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No stamp, or a file that cannot be examined: the full check decides and reports.
            return null;
        }
    }

    private static IReadOnlyList<string>? Matches(string root, string[] lines, string paramsPath, string toolVersion)
    {
        if (lines.Length < 6 || lines[0] != Header || lines[1] != "tool\t" + toolVersion || !lines[2].StartsWith("stages\t", StringComparison.Ordinal))
        {
            return null;
        }
        // Line 4 is pipeline.yaml, line 5 the params file: a run with another params file is a different question.
        if (PathOf(lines[4]) != Path.GetRelativePath(root, Path.GetFullPath(paramsPath)))
        {
            return null;
        }
        for (var i = 3; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && Describe(root, PathOf(lines[i])) != lines[i])
            {
                return null;
            }
        }
        return lines[2]["stages\t".Length..].Split(',');
    }

    /// <summary>Deletes the stamp; a run that may change anything calls this before it starts.</summary>
    public static void Remove(string workspaceRoot)
    {
        var path = Path.Combine(workspaceRoot, RelativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string PipelineDefinitionFile(string root) => Path.Combine(root, "pipeline.yaml");

    private static string PathOf(string line) => line[(line.LastIndexOf('\t') + 1)..];

    /// <summary>
    /// One line per path: kind, size and modification time (a directory lists each file inside it), then the path
    /// relative to the root, so a copied workspace is judged by its own files.
    /// </summary>
    private static string Describe(string root, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        var file = new FileInfo(path);
        if (file.Exists)
        {
            return $"f\t{Stat(file)}\t{relativePath}";
        }
        var directory = new DirectoryInfo(path);
        if (!directory.Exists)
        {
            return $"-\t{relativePath}";
        }
        var entries = directory.EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(path, f.FullName)}:{Stat(f)}")
            .Order(StringComparer.Ordinal);
        return $"d\t{string.Join('|', entries)}\t{relativePath}";
    }

    private static string Stat(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.Length}@{file.LastWriteTimeUtc.Ticks}");
}
