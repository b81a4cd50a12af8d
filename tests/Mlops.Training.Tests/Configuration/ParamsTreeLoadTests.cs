using System.Text.Json;
using Mlops.Training.Configuration;
using YamlDotNet.RepresentationModel;

namespace Mlops.Training.Tests.Configuration;

public sealed class ParamsTreeLoadTests
{
    [Fact]
    public void Load_ParsedTree_EqualsLoadingTheText()
    {
        var text = RepoFiles.ParamsText;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));

        var fromTree = ParamsLoader.Load(stream.Documents[0].RootNode, "params.yaml");

        Assert.Equal(JsonSerializer.Serialize(ParamsLoader.Load(text)), JsonSerializer.Serialize(fromTree));
        Assert.Equal(["yes", "no"], fromTree.Schema.Columns["SMOKE"].Categories);
    }

    [Fact]
    public void Load_TreeWithWrongType_FailsNamingTheKey()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(RepoFiles.ParamsText.Replace("  seed: 42\n  stratified", "  seed: many\n  stratified")));

        var e = Assert.Throws<Mlops.Core.Errors.MlopsException>(() => ParamsLoader.Load(stream.Documents[0].RootNode, "p.yaml"));

        Assert.Contains("split.seed", e.Message);
    }
}
