using Mlops.Core.Errors;
using Mlops.Core.Slicing;

namespace Mlops.Core.Tests.Slicing;

public sealed class RowFilterTests
{
    private static readonly string[] Columns = ["kind", "score"];

    private static bool Matches(RowFilter filter, string kind, string score) =>
        new SliceDefinition("s", filter).Bind(Columns)([kind, score]);

    [Theory]
    [InlineData("2", true)]
    [InlineData("2.0", true)]
    [InlineData("2.5", false)]
    [InlineData("abc", false)]
    public void Matches_WholeTrue_AcceptsWholeNumbersOnly(string score, bool expected) =>
        Assert.Equal(expected, Matches(new CellCondition("score") { Whole = true }, "a", score));

    [Theory]
    [InlineData("2.5", true)]
    [InlineData("2", false)]
    [InlineData("", false)]
    public void Matches_WholeFalse_AcceptsFractionsOnly(string score, bool expected) =>
        Assert.Equal(expected, Matches(new CellCondition("score") { Whole = false }, "a", score));

    [Theory]
    [InlineData("1", true)]
    [InlineData("3", true)]
    [InlineData("0.99", false)]
    [InlineData("3.01", false)]
    public void Matches_MinAndMax_AreInclusive(string score, bool expected) =>
        Assert.Equal(expected, Matches(new CellCondition("score") { Min = 1, Max = 3 }, "a", score));

    [Fact]
    public void Matches_IsOnNumbers_ComparesAsNumbers()
    {
        Assert.True(Matches(new CellCondition("score") { Is = "2" }, "a", "2.00"));
        Assert.False(Matches(new CellCondition("kind") { Is = "A" }, "a", "1"));
        Assert.True(Matches(new CellCondition("kind") { In = ["b", "a"] }, "a", "1"));
    }

    [Fact]
    public void Matches_AllAnyNot_Combine()
    {
        var whole = new CellCondition("score") { Whole = true };
        var isA = new CellCondition("kind") { Is = "a" };

        Assert.True(Matches(FilterGroup.AllOf([whole, isA]), "a", "1"));
        Assert.False(Matches(FilterGroup.AllOf([whole, isA]), "b", "1"));
        Assert.True(Matches(FilterGroup.AnyOf([whole, isA]), "b", "1"));
        Assert.False(Matches(FilterGroup.AnyOf([whole, isA]), "b", "1.5"));
        Assert.True(Matches(new NotFilter(isA), "b", "1.5"));
    }

    [Fact]
    public void Bind_UnknownColumn_NamesTheSliceAndColumn()
    {
        var slice = new SliceDefinition("adults", new CellCondition("age") { Min = 18 });

        var message = Assert.Throws<MlopsException>(() => slice.Bind(Columns)).Message;

        Assert.Contains("slice 'adults'", message);
        Assert.Contains("'age'", message);
    }

    [Fact]
    public void ForValue_OddCategory_MakesAMetricSafeName()
    {
        var slice = SliceDefinition.ForValue("kind", "a b/c");

        Assert.Equal("kind_a_b_c", slice.Name);
        Assert.True(SliceDefinition.IsValidName(slice.Name));
        Assert.Equal([1], slice.Select(Columns, [["x", "1"], ["a b/c", "2"]]));
    }
}
