using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Params;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Locking;

/// <summary>The YAML layout of pipeline.lock (close to dvc.lock); params values are written as YAML, read back as canonical JSON.</summary>
internal static class LockFileYaml
{
    private const string Version = "1";

    public static string Write(IEnumerable<StageLock> stages)
    {
        var stagesNode = new YamlMappingNode();
        foreach (var stage in stages)
        {
            var paramsNode = new YamlMappingNode();
            foreach (var (key, json) in stage.Params)
            {
                using var parsed = JsonDocument.Parse(json);
                paramsNode.Add(key, FromJson(parsed.RootElement, flow: false));
            }
            stagesNode.Add(stage.Stage, new YamlMappingNode
            {
                { "deps", PathList(stage.Deps) },
                { "params", paramsNode },
                { "outs", PathList(stage.Outs) },
            });
        }
        var root = new YamlMappingNode { { "version", Version }, { "stages", stagesNode } };
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    public static IEnumerable<StageLock> Read(string yamlText, string sourceName)
    {
        var root = YamlText.LoadRoot(yamlText, sourceName);
        if (root is null)
        {
            yield break;
        }
        var top = (YamlMappingNode)root;
        var version = ((YamlScalarNode)top["version"]).Value;
        if (version != Version)
        {
            throw MlopsException.Invalid($"{sourceName}: lock file version '{version}' is not supported (expected {Version})");
        }
        foreach (var (nameNode, stageNode) in (YamlMappingNode)top["stages"])
        {
            var stage = (YamlMappingNode)stageNode;
            var parameters = ((YamlMappingNode)stage["params"]).Children.ToDictionary(
                kv => YamlText.KeyOf(kv.Key), kv => CanonicalJson.Of(kv.Value), StringComparer.Ordinal);
            yield return new StageLock(YamlText.KeyOf(nameNode), ReadPaths(stage["deps"]), parameters, ReadPaths(stage["outs"]));
        }
    }

    private static YamlSequenceNode PathList(IEnumerable<PathHash> items) =>
        new(items.Select(i => (YamlNode)new YamlMappingNode { { "path", i.Path }, { "sha256", i.Sha256 } }));

    private static List<PathHash> ReadPaths(YamlNode node) =>
        [.. ((YamlSequenceNode)node).Children.Cast<YamlMappingNode>().Select(m =>
            new PathHash(((YamlScalarNode)m["path"]).Value!, ((YamlScalarNode)m["sha256"]).Value!))];

    // Strings are double-quoted so that "42" or "yes" read back as strings; lists are flow style to stay on one line.
    private static YamlNode FromJson(JsonElement element, bool flow) => element.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(element.EnumerateObject()
            .Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), FromJson(p.Value, flow))))
        {
            Style = flow ? MappingStyle.Flow : MappingStyle.Block,
        },
        JsonValueKind.Array => new YamlSequenceNode(element.EnumerateArray().Select(e => FromJson(e, flow: true)))
        {
            Style = SequenceStyle.Flow,
        },
        JsonValueKind.String => new YamlScalarNode(element.GetString()) { Style = ScalarStyle.DoubleQuoted },
        _ => new YamlScalarNode(element.GetRawText()) { Style = ScalarStyle.Plain },
    };
}
