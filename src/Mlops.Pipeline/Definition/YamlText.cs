using Mlops.Core.Errors;
using YamlDotNet.Core;
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
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet reports a repeated key as an ArgumentException and some malformed flow nodes as InvalidOperationException.
            throw new MlopsException(ErrorCode.InvalidParameterValue, $"{sourceName}: invalid YAML: {ex.Message}", ex);
        }
        return stream.Documents.Count switch
        {
            0 => null,
            1 => stream.Documents[0].RootNode,
            _ => throw MlopsException.Invalid($"{sourceName}: expected one YAML document, found {stream.Documents.Count}"),
        };
    }

    public static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } value }
        ? value
        : throw MlopsException.Invalid($"mapping key at line {key.Start.Line} must be a plain string");
}
