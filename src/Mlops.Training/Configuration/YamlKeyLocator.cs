using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mlops.Training.Configuration;

/// <summary>Finds the dotted key path of the deepest node that contains a YamlDotNet error mark.</summary>
internal static class YamlKeyLocator
{
    public static string? PathAt(YamlNode root, Mark mark) => Find(root, mark, "");

    private static string? Find(YamlNode node, Mark mark, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode s ? s.Value : "?";
                    var child = path.Length == 0 ? name! : $"{path}.{name}";
                    if (Contains(key, mark))
                    {
                        return child;
                    }
                    if (Contains(value, mark))
                    {
                        return Find(value, mark, child) ?? child;
                    }
                }
                return null;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Contains(sequence.Children[i], mark))
                    {
                        var child = $"{path}[{i}]";
                        return Find(sequence.Children[i], mark, child) ?? child;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool Contains(YamlNode node, Mark mark) =>
        node.Start.Index <= mark.Index && mark.Index <= node.End.Index;
}
