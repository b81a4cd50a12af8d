using Mlops.Core.Errors;
using Mlops.Core.Tracking.Search;

namespace Mlops.Core.Tests.Tracking.Search;

/// <summary>The non-run searches: each grammar's attributes, entities and operators, as MLflow 2.10.2 allows them.</summary>
public sealed class SearchGrammarTests
{
    public static TheoryData<string, string, SearchEntity, string, SearchOperator> Accepted => new()
    {
        { "experiments", "name LIKE 'churn%'", SearchEntity.Attribute, "name", SearchOperator.Like },
        { "experiments", "attribute.creation_time >= 5", SearchEntity.Attribute, "creation_time", SearchOperator.GreaterOrEqual },
        { "experiments", "LAST_UPDATE_TIME < 10", SearchEntity.Attribute, "last_update_time", SearchOperator.Less },
        { "experiments", "tags.`my key` ILIKE '%x%'", SearchEntity.Tag, "my key", SearchOperator.ILike },
        { "registered models", "name != 'a'", SearchEntity.Attribute, "name", SearchOperator.NotEqual },
        { "registered models", "tag.team = 'red'", SearchEntity.Tag, "team", SearchOperator.Equal },
        { "model versions", "version_number > 1", SearchEntity.Attribute, "version_number", SearchOperator.Greater },
        { "model versions", "attributes.run_id IN ('a', 'b')", SearchEntity.Attribute, "run_id", SearchOperator.In },
        { "model versions", "source_path LIKE 'runs:/%'", SearchEntity.Attribute, "source_path", SearchOperator.Like },
        { "model versions", "tags.\"validated\" = 'true'", SearchEntity.Tag, "validated", SearchOperator.Equal },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Parse_AllowedComparison_CanonicalEntityKeyAndOperator(string subject, string filter, SearchEntity entity, string key, SearchOperator op)
    {
        var comparison = Assert.Single(SearchFilter.Parse(filter, Grammar(subject)));

        Assert.Equal((entity, key, op), (comparison.Entity, comparison.Key, comparison.Operator));
    }

    [Fact]
    public void Parse_ModelVersionNameAndNumber_TextAndNumberValues()
    {
        var comparisons = SearchFilter.Parse("name='m' AND version_number=2", SearchGrammar.ModelVersions);

        Assert.Equal(
            [
                new SearchComparison(SearchEntity.Attribute, "name", SearchOperator.Equal, Text: "m"),
                new SearchComparison(SearchEntity.Attribute, "version_number", SearchOperator.Equal, Number: 2),
            ],
            comparisons);
    }

    [Theory]
    [InlineData("experiments", "metrics.x > 1", "Invalid entity type 'metrics'; expected tags or attributes at position 0")]
    [InlineData("experiments", "params.x = 'a'", "Invalid entity type 'params'; expected tags or attributes")]
    [InlineData("experiments", "colour = 'x'", "Invalid attribute key 'colour'; valid keys are name, creation_time, last_update_time")]
    [InlineData("experiments", "name > 'a'", "Invalid comparator '>' at position 5 in filter 'name > 'a'' for experiments. attributes.name accepts one of =, !=, LIKE, ILIKE.")]
    [InlineData("experiments", "creation_time LIKE '1%'", "Invalid comparator 'LIKE' at position 14")]
    [InlineData("experiments", "creation_time > 'x'", "Expected a numeric value for attributes.creation_time at position 16")]
    [InlineData("experiments", "name = 'a' OR name = 'b'", "OR is not supported; join comparisons with AND at position 11")]
    [InlineData("registered models", "version_number = 1", "Invalid attribute key 'version_number'; valid keys are name at position 0")]
    [InlineData("registered models", "tags.t IN ('a')", "Invalid comparator 'IN' at position 7")]
    [InlineData("registered models", "name = 'a", "Unterminated ' quote at position 7 in filter 'name = 'a' for registered models.")]
    [InlineData("model versions", "name IN ('a')", "Invalid comparator 'IN' at position 5")]
    [InlineData("model versions", "run_id NOT IN ('a')", "Invalid comparator 'NOT IN' at position 7 in filter 'run_id NOT IN ('a')' for model versions. attributes.run_id accepts one of =, !=, LIKE, ILIKE, IN.")]
    [InlineData("model versions", "version_number = '2'", "Expected a numeric value for attributes.version_number at position 17")]
    [InlineData("model versions", "run_id IN 'a'", "Expected a parenthesised list of quoted strings after IN at position 10")]
    public void Parse_RuleOfTheGrammarBroken_InvalidParameterValueNamingTokenPositionAndSubject(string subject, string filter, string expected)
    {
        var error = Assert.Throws<MlopsException>(() => SearchFilter.Parse(filter, Grammar(subject)));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Parse_RunFilterWithoutGrammar_ParsedAsRuns()
    {
        var error = Assert.Throws<MlopsException>(() => SearchFilter.Parse("colour = 'x'"));

        Assert.Contains("valid keys are run_id, run_name, status, start_time, end_time, artifact_uri, lifecycle_stage", error.Message);
        Assert.EndsWith("for runs.", error.Message);
    }

    [Theory]
    [InlineData("Creation_Time DESC", "creation_time", false)]
    [InlineData("attributes.experiment_id", "experiment_id", true)]
    [InlineData("name asc", "name", true)]
    public void ParseOrderBy_ExperimentOrdering_CanonicalAttributeAndDirection(string clause, string key, bool ascending)
    {
        Assert.Equal(new SearchOrder(SearchEntity.Attribute, key, ascending), SearchFilter.ParseOrderBy(clause, SearchGrammar.ExperimentOrdering));
    }

    [Theory]
    [InlineData("stage", "Invalid attribute key 'stage'; valid keys are name, version_number, creation_timestamp, last_updated_timestamp at position 0 in order_by clause 'stage' for model versions.")]
    [InlineData("tags.x", "Invalid entity type 'tags'; expected attributes at position 0")]
    [InlineData("name UP", "Expected ASC or DESC but found 'UP' at position 5")]
    public void ParseOrderBy_ModelVersionOrderingBroken_InvalidParameterValue(string clause, string expected)
    {
        var error = Assert.Throws<MlopsException>(() => SearchFilter.ParseOrderBy(clause, SearchGrammar.ModelVersionOrdering));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(expected, error.Message);
    }

    private static SearchGrammar Grammar(string subject) =>
        new[] { SearchGrammar.Experiments, SearchGrammar.RegisteredModels, SearchGrammar.ModelVersions }.Single(g => g.Subject == subject);
}
