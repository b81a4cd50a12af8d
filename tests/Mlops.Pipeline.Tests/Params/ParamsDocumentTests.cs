using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Params;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Params;

public sealed class ParamsDocumentTests
{
    private static ParamsDocument Repo() => ParamsDocument.Load(RepoFiles.ParamsYaml);

    [Fact]
    public void Load_RepositoryParams_EveryPipelineKeyResolves()
    {
        var parameters = Repo();
        var definition = PipelineDefinition.Load(RepoFiles.PipelineYaml);

        foreach (var key in definition.Stages.SelectMany(s => s.Params))
        {
            Assert.True(parameters.ContainsKey(key), key);
        }
        Assert.Equal("42", parameters.GetCanonicalValue("split.seed"));
        Assert.Equal("\"lightgbm\"", parameters.GetCanonicalValue("model.trainer"));
        Assert.Equal("[\"Height\",\"Weight\"]", parameters.GetCanonicalValue("features.sets.habits_only"));
        Assert.Equal("0.0001", parameters.GetCanonicalValue("model.sdca.l2_regularization"));
        Assert.StartsWith("{\"type\":\"categorical\",\"categories\":[\"yes\",\"no\"]}",
            parameters.GetCanonicalValue("schema.columns.family_history_with_overweight"));
        Assert.Equal("[0,1,2,3,4,5,6]", parameters.GetCanonicalValue("evaluation.cost_matrix.0"));
    }

    [Fact]
    public void ApplyOverride_Scalars_ChangeValueAndHash()
    {
        var parameters = Repo();
        var before = parameters.Hash;

        parameters.ApplyOverride("split.seed", "7");
        parameters.ApplyOverride("model.trainer=fasttree");
        parameters.ApplyOverride("features.scaling", "none");

        Assert.Equal("7", parameters.GetCanonicalValue("split.seed"));
        Assert.Equal("\"fasttree\"", parameters.GetCanonicalValue("model.trainer"));
        Assert.Equal("\"none\"", parameters.GetCanonicalValue("features.scaling"));
        Assert.NotEqual(before, parameters.Hash);
        Assert.Equal(3, parameters.Overrides.Count);
    }

    [Fact]
    public void ApplyOverride_FlowList_ReplacesList()
    {
        var parameters = Repo();

        parameters.ApplyOverride("schema.target_classes", "[a, b]");

        Assert.Equal("[\"a\",\"b\"]", parameters.GetCanonicalValue("schema.target_classes"));
    }

    [Fact]
    public void ApplyOverride_UnknownKey_ErrorNamesKey()
    {
        var ex = Assert.Throws<MlopsException>(() => Repo().ApplyOverride("model.foo", "1"));

        Assert.Equal(ErrorCode.InvalidParameterValue, ex.Code);
        Assert.Equal("unknown params key 'model.foo' (no such key in params.yaml)", ex.Message);
    }

    [Fact]
    public void ApplyOverride_ScalarOverSubtree_Rejected()
    {
        var ex = Assert.Throws<MlopsException>(() => Repo().ApplyOverride("model", "lightgbm"));

        Assert.Contains("is a scalar but 'model' in params.yaml is a mapping", ex.Message);
    }

    [Fact]
    public void ApplyOverride_MalformedValue_ErrorNamesKey()
    {
        var ex = Assert.Throws<MlopsException>(() => Repo().ApplyOverride("schema.target_classes", "[a, b"));

        Assert.Contains("--set schema.target_classes=[a, b", ex.Message);
    }

    [Fact]
    public void ApplyOverride_WithoutEquals_Rejected()
    {
        Assert.Contains("expected key=value", Assert.Throws<MlopsException>(() => Repo().ApplyOverride("split.seed")).Message);
    }

    [Fact]
    public void ToYaml_AfterOverride_RoundTripsWithSameHashAndKeyOrder()
    {
        var parameters = Repo();
        parameters.ApplyOverride("model.lightgbm.num_iterations", "300");

        var reloaded = ParamsDocument.FromText(parameters.ToYaml());

        Assert.Equal(parameters.Hash, reloaded.Hash);
        Assert.Equal("300", reloaded.GetCanonicalValue("model.lightgbm.num_iterations"));
        Assert.StartsWith("data:", parameters.ToYaml());
        Assert.Contains("num_iterations: 300", parameters.ToYaml());
    }

    [Fact]
    public void Hash_EquivalentNumberSpellings_Equal()
    {
        Assert.Equal(ParamsDocument.FromText("a: 200\nb: 1e-4").Hash, ParamsDocument.FromText("a: 200.0\nb: 0.0001").Hash);
        Assert.NotEqual(ParamsDocument.FromText("a: 42").Hash, ParamsDocument.FromText("a: '42'").Hash);
    }

    [Fact]
    public void GetCanonicalValue_MissingKey_Throws()
    {
        Assert.Throws<MlopsException>(() => Repo().GetCanonicalValue("split.nope"));
    }

    [Theory]
    [InlineData("a: [1, 2\n", "invalid YAML")]
    [InlineData("a: 1\na: 2\n", "params.yaml")]
    [InlineData("- a\n- b\n", "must be a mapping")]
    public void FromText_BadDocument_Rejected(string yaml, string message)
    {
        Assert.Contains(message, Assert.Throws<MlopsException>(() => ParamsDocument.FromText(yaml)).Message);
    }
}
