using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Mlops.Lifecycle.Tracking;

/// <summary>Turns params.yaml into dotted key/value pairs for a tracked run (lists become their flow text).</summary>
public static class ParamsFlattener
{
    /// <summary>MLflow caps param values at 6,000 characters.</summary>
    private const int MaxValueLength = 6000;

    public static IReadOnlyDictionary<string, string> Flatten(string yamlText)
    {
        Core.Diagnostics.ParamsParseCounter.Record();
        var stream = new YamlStream();
        stream.Load(new StringReader(yamlText));
        return stream.Documents.Count > 0 ? Flatten(stream.Documents[0].RootNode) : new SortedDictionary<string, string>();
    }

    /// <summary>The same for an already-parsed tree (the pipeline's one parse of params.yaml).</summary>
    public static IReadOnlyDictionary<string, string> Flatten(YamlNode root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(root, "", result);
        return result;
    }

    private static void Walk(YamlNode node, string prefix, IDictionary<string, string> result)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Walk(value, prefix.Length == 0 ? name : $"{prefix}.{name}", result);
                }
                break;
            case YamlSequenceNode sequence:
                var text = "[" + string.Join(", ", sequence.Children.Select(Render)) + "]";
                result[prefix] = text.Length > MaxValueLength ? text[..MaxValueLength] : text;
                break;
            case YamlScalarNode scalar:
                result[prefix] = scalar.Value ?? "";
                break;
        }
    }

    private static string Render(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Render)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(c => $"{Render(c.Key)}: {Render(c.Value)}")) + "}",
        _ => node.ToString(),
    };

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
