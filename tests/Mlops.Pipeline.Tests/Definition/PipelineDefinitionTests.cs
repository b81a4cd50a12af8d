using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Definition;

public sealed class PipelineDefinitionTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ws");

    private static MlopsException ParseFails(string yaml) =>
        Assert.Throws<MlopsException>(() => PipelineDefinition.Parse(yaml, Root));

    [Fact]
    public void Load_RepositoryPipeline_StagesInDeclaredAndDependencyOrder()
    {
        var definition = PipelineDefinition.Load(RepoFiles.PipelineYaml);

        string[] expected = ["preprocess", "features", "validate_features", "train", "evaluate", "register"];
        Assert.Equal(expected, definition.Stages.Select(s => s.Name));
        Assert.Equal(expected, definition.TopologicalOrder.Select(s => s.Name));
        Assert.Equal(RepoFiles.Root, definition.WorkspaceRoot);
        Assert.Equal(["preprocess", "features", "train"], definition.UpstreamOf("evaluate").Select(s => s.Name));
        Assert.Equal(["preprocess", "features", "train", "evaluate"], definition.UpstreamOf("register").Select(s => s.Name));
        Assert.Equal(["features", "validate_features"], definition.UpstreamOf("train").Select(s => s.Name));
        var evaluate = definition.GetStage("evaluate");
        Assert.Equal(["models/reference_profile.json", "reports/metrics.json", "reports/figures"], evaluate.Outputs);
        Assert.Equal(["evaluation", "schema", "data.target", "split"], evaluate.Params);
    }

    [Fact]
    public void Parse_StagesDeclaredBeforeTheirProducers_SortedStably()
    {
        var definition = PipelineDefinition.Parse("""
            stages:
              c: { deps: [b.txt], outs: [c.txt] }
              x: { outs: [x.txt] }
              b: { deps: [a.txt], outs: [b.txt] }
              a: { outs: [a.txt] }
            """, Root);

        Assert.Equal(["x", "a", "b", "c"], definition.TopologicalOrder.Select(s => s.Name));
        Assert.Equal(["a", "b", "c"], definition.ClosureOf("c").Select(s => s.Name));
    }

    [Fact]
    public void Parse_DepInsideDirectoryOutput_DependsOnProducer()
    {
        var definition = PipelineDefinition.Parse("""
            stages:
              use: { deps: [./data\processed/train.csv] }
              make: { outs: [data/processed] }
            """, Root);

        Assert.Equal("data/processed/train.csv", definition.GetStage("use").Deps[0]);
        Assert.Equal(["make"], definition.UpstreamOf("use").Select(s => s.Name));
    }

    [Fact]
    public void Parse_UnknownStageKey_ErrorNamesStageAndKey()
    {
        var ex = ParseFails("stages:\n  train:\n    outs: [m.zip]\n    cmd: dotnet run\n");

        Assert.Equal(ErrorCode.InvalidParameterValue, ex.Code);
        Assert.Contains("stage 'train'", ex.Message);
        Assert.Contains("unknown key 'cmd'", ex.Message);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_ErrorNamesKey()
    {
        Assert.Contains("unknown top-level key 'vars'", ParseFails("vars: []\nstages:\n  a: { outs: [a] }\n").Message);
    }

    [Fact]
    public void Parse_PathProducedByTwoStages_ErrorNamesPathAndStages()
    {
        var ex = ParseFails("stages:\n  a: { outs: [m/model.zip] }\n  b: { metrics: [m/model.zip] }\n");

        Assert.Contains("'m/model.zip' is produced by two stages", ex.Message);
        Assert.Contains("'a'", ex.Message);
        Assert.Contains("'b'", ex.Message);
    }

    [Fact]
    public void Parse_Cycle_ErrorShowsCycle()
    {
        var ex = ParseFails("""
            stages:
              a: { deps: [c.txt], outs: [a.txt] }
              b: { deps: [a.txt], outs: [b.txt] }
              c: { deps: [b.txt], outs: [c.txt] }
            """);

        Assert.Contains("dependency cycle", ex.Message);
        Assert.Contains("a -> b -> c -> a", ex.Message);
    }

    [Fact]
    public void Parse_StageReadingItsOwnOutput_IsCycle()
    {
        Assert.Contains("a -> a", ParseFails("stages:\n  a: { deps: [a.txt], outs: [a.txt] }\n").Message);
    }

    [Fact]
    public void Parse_InvalidYaml_ErrorNamesFileAndLine()
    {
        var ex = ParseFails("stages:\n  a:\n    outs: [a.txt\n");

        Assert.StartsWith("pipeline.yaml: invalid YAML at line", ex.Message);
    }

    [Fact]
    public void Parse_YamlThatCrashesTheScanner_StillInvalidParameterValue()
    {
        // YamlDotNet's scanner throws InvalidOperationException on this unclosed flow mapping.
        var ex = ParseFails("stages:\n  a: { outs: [a.txt]\n  b: x\n");

        Assert.Equal(ErrorCode.InvalidParameterValue, ex.Code);
        Assert.StartsWith("pipeline.yaml: invalid YAML", ex.Message);
    }

    [Theory]
    [InlineData("/etc/passwd", "must be relative")]
    [InlineData("../outside.txt", "inside the workspace")]
    public void Parse_PathOutsideWorkspace_Rejected(string path, string message)
    {
        Assert.Contains(message, ParseFails($"stages:\n  a: {{ outs: ['{path}'] }}\n").Message);
    }

    [Fact]
    public void GetStage_UnknownName_ErrorListsStages()
    {
        var definition = PipelineDefinition.Parse("stages:\n  a: { outs: [a.txt] }\n", Root);

        var ex = Assert.Throws<MlopsException>(() => definition.GetStage("trian"));
        Assert.Equal("unknown stage 'trian' (stages: a)", ex.Message);
    }

    [Fact]
    public void Parse_ParamsKeyWithEmptySegment_Rejected()
    {
        Assert.Contains("'model..seed'", ParseFails("stages:\n  a: { params: [model..seed] }\n").Message);
    }
}
