using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class RegistryParamsTests
{
    private static string WithRegistry(string oldText, string newText)
    {
        var text = RepoFiles.ParamsText;
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText);
    }

    private static string LoadFails(string yaml) =>
        Assert.Throws<MlopsException>(() => ParamsLoader.Load(yaml)).Message;

    [Fact]
    public void Load_RepoParams_ReadsThePromotionKeys()
    {
        var r = ParamsLoader.Load(RepoFiles.ParamsText).Registry;

        Assert.Equal("accuracy", r.StagingMetric);
        Assert.Equal("auto", r.Direction);
        Assert.Equal(0.0, r.MinMargin);
    }

    [Fact]
    public void Load_UnknownRegistryKey_NamesIt()
    {
        var message = LoadFails(WithRegistry("  min_margin: 0.0", "  min_margin: 0.0\n  margin: 0.1"));

        Assert.Contains("unknown key 'registry.margin'", message);
    }

    [Fact]
    public void Load_MarginNotANumber_NamesTheKey()
    {
        var message = LoadFails(WithRegistry("min_margin: 0.0", "min_margin: some"));

        Assert.Contains("key 'registry.min_margin' must be a number, got 'some'", message);
    }

    [Fact]
    public void Load_BadDirectionAndNegativeMargin_NamesBoth()
    {
        var message = LoadFails(WithRegistry("direction: auto", "direction: up")
            .Replace("min_margin: 0.0", "min_margin: -0.1"));

        Assert.Contains("registry.direction must be one of auto | higher | lower, got 'up'", message);
        Assert.Contains("registry.min_margin must be >= 0, got -0.1", message);
    }

    [Fact]
    public void Load_LowerIsBetterStagingMetric_AllowsAThresholdAboveOne()
    {
        var yaml = WithRegistry("staging_metric: accuracy", "staging_metric: business_cost")
            .Replace("staging_threshold: 0.85", "staging_threshold: 2.5");

        Assert.Equal(2.5, ParamsLoader.Load(yaml).Registry.StagingThreshold);
    }

    [Fact]
    public void Load_EmptyStagingMetric_NamesTheKey()
    {
        var message = LoadFails(WithRegistry("staging_metric: accuracy", "staging_metric: \"\""));

        Assert.Contains("registry.staging_metric must not be empty", message);
    }
}
