using System.Text.Json;

namespace Mlops.Cli.Tests.Features;

/// <summary>`mlops features list|show|diff` on the versions a real pipeline run recorded.</summary>
public sealed class FeaturesCommandsTests(FeatureSetsRunFixture run) : IClassFixture<FeatureSetsRunFixture>
{
    [Fact]
    public async Task Diff_FullAgainstHabitsOnly_NamesTheRemovedColumns()
    {
        var json = await run.RunAsync("features", "diff", "full", "habits_only", "--json");
        var table = await run.RunAsync("features", "diff", "full:1", "habits_only:1");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(["Height", "Weight", "BMI"], doc.RootElement.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(doc.RootElement.GetProperty("added").EnumerateArray());
        var age = doc.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "Age");
        Assert.False(string.IsNullOrEmpty(age.GetProperty("test").GetString()));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("removed: Height, Weight, BMI", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRun_Summary_NamesTheRecordedVersionAndARerunKeepsIt()
    {
        var rerun = await run.RunAsync("pipeline", "run", "--stage", "features", "--force", "--set", "features.set=habits_only");

        Assert.Contains("Feature set full:1 recorded (a new version).", run.Printed.Full, StringComparison.Ordinal);
        Assert.Contains("Feature set habits_only:1 recorded (a new version).", run.Printed.HabitsOnly, StringComparison.Ordinal);
        Assert.Contains("Feature set habits_only:1: unchanged, the version was kept.", rerun.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AfterBothSets_ShowsEachAtVersionOne()
    {
        var result = await run.RunAsync("features", "list", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var sets = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e);
        Assert.Equal(1, sets["full"].GetProperty("latest_version").GetInt32());
        Assert.Equal(1, sets["habits_only"].GetProperty("latest_version").GetInt32());
        Assert.Single(sets["full"].GetProperty("models").EnumerateArray());
        Assert.Empty(sets["habits_only"].GetProperty("models").EnumerateArray());
    }

    [Fact]
    public async Task Show_Full_ListsColumnsStatisticsAndTheLinkedModel()
    {
        var json = await run.RunAsync("features", "show", "full:1", "--json");
        var table = await run.RunAsync("features", "show", "full");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var columns = doc.RootElement.GetProperty("columns").EnumerateArray().ToList();
        var bmi = columns.Single(c => c.GetProperty("name").GetString() == "BMI");
        Assert.Equal("ratio", bmi.GetProperty("kind").GetString());
        Assert.Equal(101, bmi.GetProperty("stats").GetProperty("percentiles").GetArrayLength());
        var model = doc.RootElement.GetProperty("models").EnumerateArray().Single();
        Assert.Equal(1, model.GetProperty("model_version").GetInt32());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Gender=Male", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownVersion_FailsNamingItAndTheKnownSets()
    {
        var result = await run.RunAsync("features", "show", "full:9");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Feature set 'full:9' does not exist", result.Output, StringComparison.Ordinal);
        Assert.Contains("habits_only (versions 1-1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_UnknownName_FailsNamingIt()
    {
        var result = await run.RunAsync("features", "diff", "full", "nope");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Feature set 'nope' does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_PipelineVersion_CarriesTheFeatureSetTag()
    {
        var result = await run.RunAsync("registry", "show", "obesity_classifier", "1", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"mlops.feature_set\": \"full:1\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MlflowRestStore_SaysItKeepsNoFeatureSets()
    {
        var result = await Support.CliProcess.RunAsync(run.Workspace.Root, "features", "list", "--tracking-uri", "http://127.0.0.1:9");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("this store does not keep feature sets", result.Output, StringComparison.Ordinal);
    }
}
