using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Tests.Params;

public sealed class ParamsDiffTests
{
    [Fact]
    public void Changes_NestedLeaves_NamesEachWithValues()
    {
        var changes = ParamsDiff.Changes(
            "model",
            """{"trainer":"lightgbm","lightgbm":{"num_iterations":200,"lr":0.1},"old":1}""",
            """{"trainer":"lightgbm","lightgbm":{"num_iterations":300,"lr":0.1},"new":[1,2]}""");

        Assert.Equal(["model.lightgbm.num_iterations (200 → 300)", "model.old (1 → absent)", "model.new (absent → [1,2])"], changes);
    }

    [Fact]
    public void Changes_ListsOfSameLengthAndDifferentLength_IndexOrWhole()
    {
        Assert.Equal(["m.1.0 (2 → 9)"], ParamsDiff.Changes("m", "[[1],[2]]", "[[1],[9]]"));
        Assert.Equal(["c ([\"a\",\"b\"] → [\"a\"])"], ParamsDiff.Changes("c", """["a","b"]""", """["a"]"""));
    }

    [Fact]
    public void Changes_EqualValues_Empty()
    {
        Assert.Empty(ParamsDiff.Changes("k", """{"a":null}""", """{"a":null}"""));
    }
}
