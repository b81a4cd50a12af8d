using System.Xml.Linq;

namespace Mlops.Architecture.Tests;

/// <summary>Project → directly referenced projects, by project name (the csproj file name without extension).</summary>
public sealed class ProjectGraph(IReadOnlyDictionary<string, IReadOnlyList<string>> references)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> References { get; } = references;

    /// <summary>Reads every <c>src/*/*.csproj</c> under <paramref name="repositoryRoot"/>.</summary>
    public static ProjectGraph FromSourceTree(string repositoryRoot)
    {
        var graph = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var csproj in Directory.GetDirectories(Path.Combine(repositoryRoot, "src")).SelectMany(d => Directory.GetFiles(d, "*.csproj")))
        {
            var references = XDocument.Load(csproj).Descendants()
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/')))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            graph[Path.GetFileNameWithoutExtension(csproj)] = references;
        }
        return new ProjectGraph(graph);
    }

    /// <summary>Every project reachable from <paramref name="project"/>, each with the reference path that reaches it first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reachable(string project)
    {
        var paths = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var queue = new Queue<IReadOnlyList<string>>([[project]]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            foreach (var next in References.GetValueOrDefault(path[^1]) ?? [])
            {
                if (next != project && !paths.ContainsKey(next))
                {
                    paths[next] = [.. path, next];
                    queue.Enqueue(paths[next]);
                }
            }
        }
        return paths;
    }

    /// <summary>One line per project: "Mlops.Serving → Mlops.Core, Mlops.Inference" (direct references), sorted.</summary>
    public IEnumerable<string> Describe() => References
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key} → {(p.Value.Count == 0 ? "(nothing)" : string.Join(", ", p.Value))}");
}
