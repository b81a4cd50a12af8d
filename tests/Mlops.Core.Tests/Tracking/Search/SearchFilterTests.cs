using Mlops.Core.Errors;
using Mlops.Core.Tracking.Search;

namespace Mlops.Core.Tests.Tracking.Search;

public sealed class SearchFilterTests
{
    [Fact]
    public void Parse_MlflowExample_TwoComparisons()
    {
        var comparisons = SearchFilter.Parse("metrics.accuracy > 0.9 and params.model_type = 'RandomForestClassifier'");

        Assert.Equal(
            [
                new SearchComparison(SearchEntity.Metric, "accuracy", SearchOperator.Greater, Number: 0.9),
                new SearchComparison(SearchEntity.Param, "model_type", SearchOperator.Equal, Text: "RandomForestClassifier"),
            ],
            comparisons);
    }

    [Theory]
    [InlineData("metric.`val loss` <= -1.5e-3", SearchEntity.Metric, "val loss", SearchOperator.LessOrEqual)]
    [InlineData("param.\"learning rate\" != '0.1'", SearchEntity.Param, "learning rate", SearchOperator.NotEqual)]
    [InlineData("tag.mlflow.source.name LIKE 'csharp%'", SearchEntity.Tag, "mlflow.source.name", SearchOperator.Like)]
    [InlineData("tags.team ILIKE '%RED%'", SearchEntity.Tag, "team", SearchOperator.ILike)]
    [InlineData("attribute.run_name = 'x'", SearchEntity.Attribute, "run_name", SearchOperator.Equal)]
    [InlineData("run.start_time >= 5", SearchEntity.Attribute, "start_time", SearchOperator.GreaterOrEqual)]
    [InlineData("status = 'FINISHED'", SearchEntity.Attribute, "status", SearchOperator.Equal)]
    [InlineData("attributes.created < 5", SearchEntity.Attribute, "start_time", SearchOperator.Less)]
    [InlineData("attributes.run_id NOT IN ('a', \"b\")", SearchEntity.Attribute, "run_id", SearchOperator.NotIn)]
    public void Parse_EntityAliasesAndQuoting_NormalisedComparison(string filter, SearchEntity entity, string key, SearchOperator op)
    {
        var comparison = Assert.Single(SearchFilter.Parse(filter));

        Assert.Equal((entity, key, op), (comparison.Entity, comparison.Key, comparison.Operator));
    }

    [Fact]
    public void Parse_InList_ItemsInOrder()
    {
        var comparison = Assert.Single(SearchFilter.Parse("attributes.run_id IN ('a','b' , 'c')"));

        Assert.Equal(["a", "b", "c"], comparison.Items!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Blank_NoComparisons(string? filter)
    {
        Assert.Empty(SearchFilter.Parse(filter));
    }

    [Theory]
    [InlineData("metrics.accuracy >>> 1", "Invalid comparator '>>>' at position 17")]
    [InlineData("metrics.accuracy LIKE 1", "Invalid comparator 'LIKE' at position 17")]
    [InlineData("params.a > '1'", "Invalid comparator '>' at position 9")]
    [InlineData("metrics.accuracy > high", "Expected a number or a quoted string but found 'high' at position 19")]
    [InlineData("metrics.accuracy > 'high'", "Expected a numeric value for metrics.accuracy at position 19")]
    [InlineData("params.a = 1", "Expected a quoted string value for params.a at position 11")]
    [InlineData("params.a = 'x' metrics.b > 1", "Expected AND but found 'metrics.b' at position 15")]
    [InlineData("params.a = 'x' AND", "Expected a comparison after AND at position 18")]
    [InlineData("params.a = 'x' OR params.b = 'y'", "OR is not supported; join comparisons with AND at position 15")]
    [InlineData("foo.a = 'x'", "Invalid entity type 'foo'")]
    [InlineData("attributes.colour = 'x'", "Invalid attribute key 'colour'")]
    [InlineData("params.a = 'x", "Unterminated ' quote at position 11")]
    [InlineData("params.a IN 'x'", "Expected a parenthesised list of quoted strings after IN at position 12")]
    [InlineData("metrics.x", "Invalid comparator '' at position 9")]
    public void Parse_Malformed_InvalidParameterValueNamingTokenAndPosition(string filter, string expected)
    {
        var error = Assert.Throws<MlopsException>(() => SearchFilter.Parse(filter));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("metrics.accuracy DESC", SearchEntity.Metric, "accuracy", false)]
    [InlineData("attributes.start_time", SearchEntity.Attribute, "start_time", true)]
    [InlineData("params.x ASC", SearchEntity.Param, "x", true)]
    [InlineData("metrics.`val loss` desc", SearchEntity.Metric, "val loss", false)]
    [InlineData("run_name", SearchEntity.Attribute, "run_name", true)]
    public void ParseOrderBy_Clause_EntityKeyDirection(string clause, SearchEntity entity, string key, bool ascending)
    {
        Assert.Equal(new SearchOrder(entity, key, ascending), SearchFilter.ParseOrderBy(clause));
    }

    [Theory]
    [InlineData("metrics.accuracy DOWN", "Expected ASC or DESC but found 'DOWN'")]
    [InlineData("nope.x", "Invalid entity type 'nope'")]
    public void ParseOrderBy_Malformed_InvalidParameterValue(string clause, string expected)
    {
        var error = Assert.Throws<MlopsException>(() => SearchFilter.ParseOrderBy(clause));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(expected, error.Message);
    }
}
