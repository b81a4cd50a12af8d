using Mlops.Core.Tracking.Search;
using Mlops.TrackingServer.Search;

namespace Mlops.TrackingServer.Tests.Search;

public sealed class InMemoryFilterTests
{
    private static readonly Dictionary<string, string> Version = new()
    {
        ["name"] = "churn",
        ["version_number"] = "2",
        ["run_id"] = "abc",
        ["source_path"] = "runs:/abc/model",
        ["tag:stage"] = "Prod_A",
    };

    [Theory]
    [InlineData("version_number = 2.0", true)]
    [InlineData("version_number != 2", false)]
    [InlineData("version_number >= 2 AND version_number < 3", true)]
    [InlineData("version_number > 2", false)]
    [InlineData("name = 'churn'", true)]
    [InlineData("name != 'churn'", false)]
    [InlineData("name LIKE 'ch%'", true)]
    [InlineData("name LIKE 'CH%'", false)]
    [InlineData("name ILIKE 'CH%'", true)]
    [InlineData("name LIKE 'chur_'", true)]
    [InlineData("source_path LIKE 'runs:/%/model'", true)]
    [InlineData("run_id IN ('x', 'abc')", true)]
    [InlineData("run_id IN ('x')", false)]
    [InlineData("tags.stage = 'Prod_A'", true)]
    [InlineData("tags.stage LIKE 'Prod.A'", false)]
    [InlineData("tags.missing != 'x'", false)]
    public void Matches_ModelVersionFilter_AsMlflowEvaluatesIt(string filter, bool expected)
    {
        var comparisons = SearchFilter.Parse(filter, SearchGrammar.ModelVersions);

        Assert.Equal(expected, InMemoryFilter.Matches(comparisons, ValueOf));
    }

    [Fact]
    public void Matches_NoComparisons_True()
    {
        Assert.True(InMemoryFilter.Matches([], ValueOf));
    }

    private static string? ValueOf(SearchComparison c) =>
        Version.GetValueOrDefault(c.Entity == SearchEntity.Tag ? "tag:" + c.Key : c.Key);
}
