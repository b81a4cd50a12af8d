using Mlops.Core.Errors;
using Mlops.Core.Hashing;
using Mlops.Pipeline.Definition;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Params;

/// <summary>params.yaml as a YAML tree addressed by dotted keys, with `--set key=value` overrides applied in place.</summary>
public sealed class ParamsDocument
{
    private readonly YamlMappingNode _root;
    private readonly List<KeyValuePair<string, string>> _overrides = [];

    private ParamsDocument(YamlMappingNode root, string sourceName)
    {
        _root = root;
        SourceName = sourceName;
    }

    /// <summary>The file name used in error messages, e.g. "params.yaml".</summary>
    public string SourceName { get; }

    /// <summary>The `--set` overrides applied so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Overrides => _overrides;

    /// <summary>SHA-256 of the canonical JSON of the whole effective document.</summary>
    public string Hash => ContentHash.OfText(CanonicalJson.Of(_root));

    public static ParamsDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"params file '{path}' does not exist");
        }
        return FromText(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static ParamsDocument FromText(string yamlText, string sourceName = "params.yaml")
    {
        Core.Diagnostics.ParamsParseCounter.Record();
        return YamlText.LoadRoot(yamlText, sourceName) switch
        {
            null => new ParamsDocument(new YamlMappingNode(), sourceName),
            YamlScalarNode { Value: null or "" or "~" or "null" } => new ParamsDocument(new YamlMappingNode(), sourceName),
            YamlMappingNode map => new ParamsDocument(map, sourceName),
            _ => throw MlopsException.Invalid($"{sourceName}: the document must be a mapping of keys to values"),
        };
    }

    /// <summary>The effective tree (after overrides), for readers that would otherwise re-parse <see cref="ToYaml"/>; do not modify it.</summary>
    public YamlMappingNode Root => _root;

    /// <summary>True when the dotted key names a value or subtree of the document.</summary>
    public bool ContainsKey(string dottedKey) => TryFind(dottedKey, out _, out _, out _);

    /// <summary>The value or subtree at the key as compact JSON with typed scalars; stable for hashing and the lock.</summary>
    public string GetCanonicalValue(string dottedKey) => CanonicalJson.Of(Find(dottedKey).Node);

    /// <summary>
    /// Replaces the value at an existing key with <paramref name="value"/> parsed as YAML (a scalar, or a flow
    /// sequence/mapping such as "[a, b]"). A subtree is replaced whole, not merged.
    /// </summary>
    public void ApplyOverride(string dottedKey, string value)
    {
        var (parent, slot, old) = Find(dottedKey);
        var replacement = ParseValue(dottedKey, value);
        var oldIsNull = old is YamlScalarNode s && YamlScalars.Resolve(s, out _) == YamlScalars.Kind.Null;
        if (!oldIsNull && old.NodeType != replacement.NodeType)
        {
            throw MlopsException.Invalid(
                $"--set {dottedKey}: value '{value}' is a {Describe(replacement)} but '{dottedKey}' in {SourceName} is a {Describe(old)}");
        }
        switch (parent)
        {
            case YamlMappingNode map:
                map.Children[slot] = replacement;
                break;
            case YamlSequenceNode seq:
                seq.Children[int.Parse(((YamlScalarNode)slot).Value!, System.Globalization.CultureInfo.InvariantCulture)] = replacement;
                break;
        }
        _overrides.Add(new(dottedKey, value));
    }

    /// <summary>Parses "key=value" as given on the command line and applies it.</summary>
    public void ApplyOverride(string assignment)
    {
        var equals = assignment.IndexOf('=');
        if (equals <= 0)
        {
            throw MlopsException.Invalid($"--set '{assignment}': expected key=value, e.g. split.seed=7");
        }
        ApplyOverride(assignment[..equals].Trim(), assignment[(equals + 1)..]);
    }

    /// <summary>The effective YAML text (after overrides); comments of the source file are not kept.</summary>
    public string ToYaml()
    {
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(_root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // The emitter closes the document with "..."; drop it so the text reads like a hand-written params.yaml.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static string Describe(YamlNode node) => node.NodeType switch
    {
        YamlNodeType.Mapping => "mapping",
        YamlNodeType.Sequence => "list",
        _ => "scalar",
    };

    private YamlNode ParseValue(string dottedKey, string value)
    {
        try
        {
            return YamlText.LoadRoot(value, $"--set {dottedKey}") ?? new YamlScalarNode("");
        }
        catch (MlopsException ex)
        {
            throw new MlopsException(ErrorCode.InvalidParameterValue, $"--set {dottedKey}={value}: not a valid YAML value ({ex.Message})", ex);
        }
    }

    private (YamlNode Parent, YamlNode Slot, YamlNode Node) Find(string dottedKey) =>
        TryFind(dottedKey, out var parent, out var slot, out var node)
            ? (parent, slot, node)
            : throw MlopsException.Invalid($"unknown params key '{dottedKey}' (no such key in {SourceName})");

    private bool TryFind(string dottedKey, out YamlNode parent, out YamlNode slot, out YamlNode node)
    {
        parent = slot = node = _root;
        if (string.IsNullOrWhiteSpace(dottedKey))
        {
            return false;
        }
        foreach (var segment in dottedKey.Split('.'))
        {
            parent = node;
            slot = new YamlScalarNode(segment);
            YamlNode? next = node switch
            {
                YamlMappingNode map => map.Children.TryGetValue(slot, out var child) ? child : null,
                YamlSequenceNode seq when int.TryParse(segment, out var i) && i >= 0 && i < seq.Children.Count => seq.Children[i],
                _ => null,
            };
            if (next is null)
            {
                return false;
            }
            node = next;
        }
        return true;
    }
}
