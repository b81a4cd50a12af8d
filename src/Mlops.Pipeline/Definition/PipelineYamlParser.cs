using Mlops.Core.Errors;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Definition;

/// <summary>Reads pipeline.yaml into stage definitions, rejecting anything it does not understand.</summary>
internal static class PipelineYamlParser
{
    private static readonly string[] StageKeys = ["deps", "params", "outs", "metrics", "plots", "desc"];

    public static List<StageDefinition> Parse(string yamlText, string sourceName)
    {
        var root = YamlText.LoadRoot(yamlText, sourceName);
        if (root is not YamlMappingNode top)
        {
            throw MlopsException.Invalid($"{sourceName}: the document must be a mapping with a 'stages' key");
        }
        YamlMappingNode? stagesNode = null;
        foreach (var (keyNode, valueNode) in top.Children)
        {
            var key = YamlText.KeyOf(keyNode);
            if (key != "stages")
            {
                throw MlopsException.Invalid(
                    $"{sourceName}: unknown top-level key '{key}' at line {keyNode.Start.Line} (only 'stages' is allowed)");
            }
            stagesNode = valueNode as YamlMappingNode
                ?? throw MlopsException.Invalid($"{sourceName}: 'stages' must be a mapping of stage name to stage");
        }
        if (stagesNode is null || stagesNode.Children.Count == 0)
        {
            throw MlopsException.Invalid($"{sourceName}: no stages declared under 'stages'");
        }
        return [.. stagesNode.Children.Select(kv => ParseStage(YamlText.KeyOf(kv.Key), kv.Value, sourceName))];
    }

    private static StageDefinition ParseStage(string name, YamlNode node, string sourceName)
    {
        var context = $"{sourceName}: stage '{name}'";
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid($"{sourceName}: a stage has an empty name");
        }
        if (node is not YamlMappingNode map)
        {
            throw MlopsException.Invalid($"{context} must be a mapping (deps, params, outs, metrics, plots)");
        }
        var lists = new Dictionary<string, List<string>>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = YamlText.KeyOf(keyNode);
            if (!StageKeys.Contains(key))
            {
                throw MlopsException.Invalid(
                    $"{context}: unknown key '{key}' at line {keyNode.Start.Line} (allowed: {string.Join(", ", StageKeys)})");
            }
            if (key != "desc")
            {
                lists[key] = ReadList(valueNode, $"{context} '{key}'");
            }
        }
        List<string> Paths(string key) =>
            [.. lists.GetValueOrDefault(key, []).Select(p => WorkspacePaths.Normalize(p, $"{context} '{key}'"))];
        var paramKeys = lists.GetValueOrDefault("params", []);
        foreach (var key in paramKeys.Where(k => k.Split('.').Any(string.IsNullOrWhiteSpace)))
        {
            throw MlopsException.Invalid($"{context}: params key '{key}' is not a dotted key like 'model.seed'");
        }
        var stage = new StageDefinition(name, Paths("deps"), paramKeys, Paths("outs"), Paths("metrics"), Paths("plots"));
        RejectDuplicates(stage.Deps, $"{context} deps");
        RejectDuplicates(stage.Params, $"{context} params");
        RejectDuplicates(stage.Outputs, $"{context} outs/metrics/plots");
        return stage;
    }

    private static List<string> ReadList(YamlNode node, string context) => node switch
    {
        YamlScalarNode { Value: null or "" } => [],
        YamlScalarNode scalar => [scalar.Value!],
        YamlSequenceNode seq => [.. seq.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } v }
            ? v
            : throw MlopsException.Invalid($"{context}: item at line {item.Start.Line} must be a plain string"))],
        _ => throw MlopsException.Invalid($"{context} must be a list of strings"),
    };

    private static void RejectDuplicates(IEnumerable<string> items, string context)
    {
        var duplicate = items.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw MlopsException.Invalid($"{context}: '{duplicate.Key}' is listed twice");
        }
    }
}
