using Mlops.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Definition;

/// <summary>Loads YAML text into a node tree, turning parser failures into errors that name the file and line.</summary>
internal static class YamlText
{
    /// <summary>Returns the root node of the single document, or null for an empty document.</summary>
    public static YamlNode? LoadRoot(string text, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var detail = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            throw new MlopsException(ErrorCode.InvalidParameterValue,
                $"{sourceName}: invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {detail}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some malformed flow nodes (an unclosed '[' or '{') as an InvalidOperationException
            // without a position: find it by replaying the parser's events.
            var (mark, what) = LocateFailure(text);
            throw new MlopsException(ErrorCode.InvalidParameterValue,
                $"{sourceName}: invalid YAML at line {mark.Line}, column {mark.Column}: {what}", ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet reports a repeated key as an ArgumentException.
            throw new MlopsException(ErrorCode.InvalidParameterValue, $"{sourceName}: invalid YAML: {ex.Message}", ex);
        }
        return stream.Documents.Count switch
        {
            0 => null,
            1 => stream.Documents[0].RootNode,
            _ => throw MlopsException.Invalid($"{sourceName}: expected one YAML document, found {stream.Documents.Count}"),
        };
    }

    /// <summary>The innermost flow collection still open where parsing stopped, else the last node that parsed.</summary>
    private static (Mark Mark, string What) LocateFailure(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<ParsingEvent>();
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                switch (current)
                {
                    case SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow }:
                        open.Push(current);
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0 && current.Start.Index >= open.Peek().Start.Index:
                        open.TryPop(out _);
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            if (e is YamlException { Start: var start } && start.Line > 0 && open.Count == 0)
            {
                return (start, e.Message);
            }
        }
        return open.TryPeek(out var unclosed)
            ? (unclosed.Start, $"'{(unclosed is SequenceStart ? '[' : '{')}' opened here is never closed")
            : (last, "unexpected content after this point");
    }

    public static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } value }
        ? value
        : throw MlopsException.Invalid($"mapping key at line {key.Start.Line} must be a plain string");
}
