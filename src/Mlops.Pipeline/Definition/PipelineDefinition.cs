using Mlops.Core.Errors;

namespace Mlops.Pipeline.Definition;

/// <summary>The validated stage graph of a pipeline.yaml; the workspace root is the folder holding that file.</summary>
public sealed class PipelineDefinition
{
    public const string LockFileName = "pipeline.lock";

    private readonly Dictionary<string, StageDefinition> _byName;
    private readonly Dictionary<string, IReadOnlyList<StageDefinition>> _upstream;

    private PipelineDefinition(string workspaceRoot, IReadOnlyList<StageDefinition> stages, string sourceName)
    {
        WorkspaceRoot = Path.GetFullPath(workspaceRoot);
        Stages = stages;
        _byName = stages.ToDictionary(s => s.Name, StringComparer.Ordinal);
        RejectSharedOutputs(stages, sourceName);
        _upstream = stages.ToDictionary(s => s.Name, s => StageGraph.DirectUpstream(s, stages), StringComparer.Ordinal);
        TopologicalOrder = StageGraph.Sort(stages, _upstream, sourceName);
    }

    public string WorkspaceRoot { get; }

    /// <summary>Stages in the order pipeline.yaml declares them.</summary>
    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>Stages so that each comes after the stages it depends on; declared order among ready stages.</summary>
    public IReadOnlyList<StageDefinition> TopologicalOrder { get; }

    /// <summary>Where the lock file lives: pipeline.lock next to pipeline.yaml.</summary>
    public string LockFilePath => Path.Combine(WorkspaceRoot, LockFileName);

    /// <summary>Loads and validates a pipeline.yaml; its folder becomes the workspace root.</summary>
    public static PipelineDefinition Load(string pipelineYamlPath)
    {
        var fullPath = Path.GetFullPath(pipelineYamlPath);
        if (!File.Exists(fullPath))
        {
            throw MlopsException.NotFound($"pipeline file '{pipelineYamlPath}' does not exist");
        }
        return Parse(File.ReadAllText(fullPath), Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath));
    }

    /// <summary>Parses pipeline YAML text for a given workspace root (used by tests and tools without a file).</summary>
    public static PipelineDefinition Parse(string yamlText, string workspaceRoot, string sourceName = "pipeline.yaml") =>
        new(workspaceRoot, PipelineYamlParser.Parse(yamlText, sourceName), sourceName);

    /// <summary>The stage with this name, or an error listing the known stage names.</summary>
    public StageDefinition GetStage(string name) => _byName.TryGetValue(name, out var stage)
        ? stage
        : throw MlopsException.Invalid(
            $"unknown stage '{name}' (stages: {string.Join(", ", Stages.Select(s => s.Name))})");

    /// <summary>The stages whose outputs this stage reads, in topological order.</summary>
    public IReadOnlyList<StageDefinition> UpstreamOf(string stageName) => _upstream[GetStage(stageName).Name];

    /// <summary>The stage itself and every stage it needs, transitively, in topological order.</summary>
    public IReadOnlyList<StageDefinition> ClosureOf(string stageName)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<StageDefinition>([GetStage(stageName)]);
        while (pending.TryPop(out var stage))
        {
            if (needed.Add(stage.Name))
            {
                foreach (var up in _upstream[stage.Name])
                {
                    pending.Push(up);
                }
            }
        }
        return [.. TopologicalOrder.Where(s => needed.Contains(s.Name))];
    }

    /// <summary>The stage that writes this path (or a directory containing it), if any.</summary>
    public StageDefinition? ProducerOf(string relativePath)
    {
        var path = WorkspacePaths.Normalize(relativePath, "path");
        return Stages.FirstOrDefault(s => s.Produces(path));
    }

    private static void RejectSharedOutputs(IReadOnlyList<StageDefinition> stages, string sourceName)
    {
        var owners = stages.SelectMany(s => s.Outputs.Select(path => (Stage: s.Name, Path: path))).ToList();
        for (var i = 0; i < owners.Count; i++)
        {
            for (var j = i + 1; j < owners.Count; j++)
            {
                if (owners[i].Stage != owners[j].Stage && WorkspacePaths.Overlap(owners[i].Path, owners[j].Path))
                {
                    throw MlopsException.Invalid(
                        $"{sourceName}: path '{owners[j].Path}' is produced by two stages, " +
                        $"'{owners[i].Stage}' ('{owners[i].Path}') and '{owners[j].Stage}'");
                }
            }
        }
    }
}
