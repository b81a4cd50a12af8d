using Mlops.Core.Errors;

namespace Mlops.Pipeline.Definition;

/// <summary>Dependency edges between stages and their stable topological order.</summary>
internal static class StageGraph
{
    /// <summary>Stages (other than itself, unless it reads its own output) that produce one of this stage's deps.</summary>
    public static IReadOnlyList<StageDefinition> DirectUpstream(StageDefinition stage, IReadOnlyList<StageDefinition> all) =>
        [.. all.Where(other => stage.Deps.Any(dep => other.Outputs.Any(o => WorkspacePaths.Overlap(o, dep))))];

    /// <summary>Kahn's algorithm that always picks the first declared ready stage, so the order is predictable.</summary>
    public static IReadOnlyList<StageDefinition> Sort(
        IReadOnlyList<StageDefinition> stages,
        IReadOnlyDictionary<string, IReadOnlyList<StageDefinition>> upstream,
        string sourceName)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<StageDefinition>(stages.Count);
        while (order.Count < stages.Count)
        {
            var ready = stages.FirstOrDefault(s => !done.Contains(s.Name) && upstream[s.Name].All(u => done.Contains(u.Name)))
                ?? throw MlopsException.Invalid($"{sourceName}: dependency cycle: {DescribeCycle(stages, upstream, done)}");
            done.Add(ready.Name);
            order.Add(ready);
        }
        return order;
    }

    private static string DescribeCycle(
        IReadOnlyList<StageDefinition> stages,
        IReadOnlyDictionary<string, IReadOnlyList<StageDefinition>> upstream,
        HashSet<string> done)
    {
        // Every stage left has an unfinished upstream stage, so walking upstream must revisit a stage.
        var path = new List<string>();
        var current = stages.First(s => !done.Contains(s.Name));
        while (!path.Contains(current.Name))
        {
            path.Add(current.Name);
            current = upstream[current.Name].First(u => !done.Contains(u.Name));
        }
        var cycle = path.Skip(path.IndexOf(current.Name)).Reverse().ToList();
        // Start at the earliest declared stage so the message is the same however the walk began.
        var first = stages.Select(s => s.Name).First(cycle.Contains);
        var start = cycle.IndexOf(first);
        cycle = [.. cycle.Skip(start), .. cycle.Take(start), first];
        return string.Join(" -> ", cycle);
    }
}
