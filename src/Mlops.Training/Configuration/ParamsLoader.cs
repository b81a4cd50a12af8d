using Mlops.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Mlops.Training.Configuration;

/// <summary>Loads params.yaml strictly: unknown keys, wrong types and semantic errors are all reported in one exception.</summary>
public static class ParamsLoader
{
    private static readonly IDeserializer Deserializer = new StaticDeserializerBuilder(new ParamsYamlContext())
        .WithNamingConvention(SnakeCaseNaming.Instance)
        .Build();

    /// <summary>Reads and loads a params file; the file name is used as the source name in messages.</summary>
    public static PipelineParams LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"params file '{path}' does not exist");
        }
        return Load(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>
    /// Parses <paramref name="yamlText"/> into <see cref="PipelineParams"/>. Throws <see cref="MlopsException"/>
    /// (InvalidParameterValue) listing every problem, one per line, each prefixed with <paramref name="sourceName"/>.
    /// </summary>
    public static PipelineParams Load(string yamlText, string sourceName = "params.yaml") => Load(ParseTree(yamlText, sourceName), sourceName);

    /// <summary>Loads params from an already-parsed tree (the pipeline's one parse of params.yaml), with the same checks.</summary>
    public static PipelineParams Load(YamlNode root, string sourceName)
    {
        var errors = new List<string>();
        ParamsShapeChecker.Check(root, typeof(PipelineParams), "", errors);
        Throw(errors, sourceName);

        PipelineParams result;
        try
        {
            result = Deserializer.Deserialize<PipelineParams>(new YamlNodeParser(root));
        }
        catch (YamlException e)
        {
            // The shape check should have caught this; still translate the mark into a key path.
            var key = YamlKeyLocator.PathAt(root, e.Start) ?? "(unknown key)";
            throw MlopsException.Invalid($"{sourceName}: key '{key}' could not be read: {Innermost(e).Message} (line {e.Start.Line})");
        }

        Throw(ParamsValidator.Validate(result), sourceName);
        return result;
    }

    private static YamlNode ParseTree(string yamlText, string sourceName)
    {
        Mlops.Core.Diagnostics.ParamsParseCounter.Record();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            throw MlopsException.Invalid(
                $"{sourceName}: not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {Innermost(e).Message}");
        }
        if (stream.Documents.Count == 0 || ParamsShapeChecker.IsNull(stream.Documents[0].RootNode))
        {
            throw MlopsException.Invalid($"{sourceName}: is empty");
        }
        if (stream.Documents.Count > 1)
        {
            throw MlopsException.Invalid($"{sourceName}: holds {stream.Documents.Count} YAML documents, expected one");
        }
        return stream.Documents[0].RootNode;
    }

    private static void Throw(IReadOnlyList<string> errors, string sourceName)
    {
        if (errors.Count > 0)
        {
            throw MlopsException.Invalid(string.Join('\n', errors.Select(e => $"{sourceName}: {e}")));
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
