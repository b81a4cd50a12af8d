using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Tests.Definition;

public sealed class YamlSyntaxErrorTests
{
    [Theory]
    [InlineData("data:\n  raw: x.csv\nsplit:\n  seed: [42\n  fraction: 0.2\n", 4)]
    [InlineData("a: [1, 2\n", 1)]
    [InlineData("a: {b: 1\nc: 2\n", 1)]
    [InlineData("a:\n  b: 1\n   c: 2\n", 3)]
    [InlineData("a: 'unclosed\nb: 2\n", 1)]
    public void ParamsLoad_SyntaxError_NamesFileLineAndColumn(string yaml, int line)
    {
        var path = Path.Combine(Path.GetTempPath(), $"params-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var ex = Assert.Throws<MlopsException>(() => ParamsDocument.Load(path));

            Assert.Contains($"{Path.GetFileName(path)}: invalid YAML at line ", ex.Message);
            Assert.Matches(@"line \d+, column \d+", ex.Message);
            Assert.DoesNotContain("current state of the object", ex.Message);
            var reported = int.Parse(System.Text.RegularExpressions.Regex.Match(ex.Message, @"line (\d+)").Groups[1].Value);
            Assert.InRange(reported, line, line + 2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PipelineParse_UnclosedBracket_NamesFileLineAndColumn()
    {
        var ex = Assert.Throws<MlopsException>(() =>
            PipelineDefinition.Parse("stages:\n  a:\n    deps: [x.txt\n    outs: [y.txt]\n", Path.GetTempPath()));

        Assert.Equal("pipeline.yaml: invalid YAML at line 3, column 11: '[' opened here is never closed", ex.Message);
    }
}
