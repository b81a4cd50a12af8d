using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Mlops.Training.Configuration;

/// <summary>Replays an already-parsed YAML tree as parser events, so the deserializer reads the tree instead of re-parsing text.</summary>
internal sealed class YamlNodeParser : IParser
{
    private readonly IEnumerator<ParsingEvent> events;

    public YamlNodeParser(YamlNode root) => events = Stream(root).GetEnumerator();

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        var moved = events.MoveNext();
        Current = moved ? events.Current : null;
        return moved;
    }

    private static IEnumerable<ParsingEvent> Stream(YamlNode root)
    {
        yield return new StreamStart();
        yield return new DocumentStart();
        foreach (var e in Node(root))
        {
            yield return e;
        }
        yield return new DocumentEnd(isImplicit: true);
        yield return new StreamEnd();
    }

    private static IEnumerable<ParsingEvent> Node(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                // Plain scalars keep their YAML type resolution; quoted ones stay strings.
                yield return new Scalar(AnchorName.Empty, s.Tag, s.Value ?? "", s.Style, s.Tag.IsEmpty, s.Tag.IsEmpty);
                break;
            case YamlSequenceNode seq:
                yield return new SequenceStart(AnchorName.Empty, seq.Tag, seq.Tag.IsEmpty, seq.Style);
                foreach (var child in seq.Children)
                {
                    foreach (var e in Node(child))
                    {
                        yield return e;
                    }
                }
                yield return new SequenceEnd();
                break;
            case YamlMappingNode map:
                yield return new MappingStart(AnchorName.Empty, map.Tag, map.Tag.IsEmpty, map.Style);
                foreach (var (key, value) in map.Children)
                {
                    foreach (var e in Node(key).Concat(Node(value)))
                    {
                        yield return e;
                    }
                }
                yield return new MappingEnd();
                break;
            default:
                throw new InvalidOperationException($"unexpected YAML node {node.NodeType}");
        }
    }
}
