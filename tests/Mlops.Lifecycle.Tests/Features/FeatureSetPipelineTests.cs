using Mlops.Core.Errors;
using Mlops.Core.Features;
using Mlops.Lifecycle.Stages;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Pipeline.Running;

namespace Mlops.Lifecycle.Tests.Features;

/// <summary>The bundled pipeline on a SQLite store that keeps feature sets: versions recorded, deduplicated, linked, validated.</summary>
public sealed class FeatureSetPipelineTests(PipelineWorkspace workspace) : IClassFixture<PipelineWorkspace>
{
    private static readonly FeatureSetReference Full = new("full", null);
    private static readonly FeatureSetReference HabitsOnly = new("habits_only", null);

    [Fact]
    public async Task PipelineRun_FeaturesStage_RecordsVersionOneLinkedToTheRegisteredModel()
    {
        var version = await workspace.Store.FeatureSets.FindAsync(Full);
        var registration = workspace.Report.Registration!;
        var model = await workspace.Store.Registry.GetModelVersionAsync(registration.ModelName, registration.Version);

        Assert.NotNull(version);
        Assert.Equal(1, version.Version);
        Assert.Equal(workspace.Report.RunId, version.RunId);
        Assert.Contains(version.Columns, c => c.Name == "BMI");
        Assert.Contains(version.Columns, c => c.Name == "Height" && c.Kind == "numeric" && c.Stats.Percentiles.Count == 101);
        Assert.True(version.TrainRows > version.TestRows && version.TestRows > 0);
        Assert.Equal("full:1", model.Tags[FeatureSetReference.ModelVersionTag]);
        Assert.Equal([new FeatureSetModelLink(registration.ModelName, registration.Version)], version.Models);
    }

    [Fact]
    public async Task FeaturesStage_RerunUnchangedThenChanged_NewVersionOnlyForTheChange()
    {
        // Settings no other test uses, so the versions they record are this test's own whatever the order.
        var pipeline = new LifecyclePipeline(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts,
            featureSets: workspace.Store.FeatureSets);
        var options = new PipelineRunOptions(workspace.Root)
        {
            TargetStage = "features", Force = true, Overrides = ["features.set=habits_only", "features.scaling=none"],
        };
        var before = (await workspace.Store.FeatureSets.FindAsync(HabitsOnly))?.Version ?? 0;

        await pipeline.RunAsync(options);
        await pipeline.RunAsync(options);
        var unchanged = await workspace.Store.FeatureSets.FindAsync(HabitsOnly);
        await pipeline.RunAsync(options with { Overrides = [.. options.Overrides, "split.test_fraction=0.25"] });
        var changed = await workspace.Store.FeatureSets.FindAsync(HabitsOnly);

        Assert.Equal(before + 1, unchanged!.Version);
        Assert.Equal(before + 2, changed!.Version);
        Assert.DoesNotContain(changed.Columns, c => c.Name is "Height" or "Weight" or "BMI");
        Assert.True(changed.TestRows > unchanged.TestRows);
    }

    [Fact]
    public async Task ValidateFeatures_PlantedNaN_FailsNamingRowAndColumnAndKeepsTheStoredVersion()
    {
        var (definition, document, parameters) = LifecyclePipeline.Load(new PipelineRunOptions(workspace.Root));
        var train = workspace.PathOf("data/processed/train.csv");
        var original = File.ReadAllLines(train);
        var planted = original.ToArray();
        var cells = planted[3].Split(',');
        cells[1] = "NaN";
        planted[3] = string.Join(',', cells);
        var column = original[0].Split(',')[1];
        var staging = Path.Combine(workspace.Root, ".staging-test");
        var session = new PipelineSession(workspace.Root, document, parameters,
            () => new StoreSet(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts, workspace.Store.FeatureSets),
            TimeProvider.System);
        var stage = new ValidateFeaturesStage(session, new StagePaths(parameters));
        var context = new StageContext(workspace.Root, definition.Stages.Single(s => s.Name == "validate_features"), document, [], staging);
        File.WriteAllLines(train, planted);
        try
        {
            var error = await Assert.ThrowsAsync<MlopsException>(() => stage.RunAsync(context, CancellationToken.None));

            Assert.Contains($"data/processed/train.csv row 3, column '{column}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("no_nan_or_infinity", error.Message, StringComparison.Ordinal);
            Assert.NotNull(await workspace.Store.FeatureSets.FindAsync(new FeatureSetReference("full", 1)));
            Assert.Equal(planted, File.ReadAllLines(train));
        }
        finally
        {
            File.WriteAllLines(train, original);
        }
    }

    [Fact]
    public async Task FeaturesStage_StoreWithoutFeatureSets_RunsAndWarns()
    {
        var warnings = new List<string>();
        var pipeline = new LifecyclePipeline(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts);

        var report = await pipeline.RunAsync(new PipelineRunOptions(workspace.Root)
        {
            TargetStage = "features", Force = true, Overrides = ["features.set=habits_only"], OnWarning = warnings.Add,
        });

        Assert.Contains("features", report.Stages.Ran);
        Assert.Contains(warnings, w => w.Contains("this store does not keep feature sets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_FullAgainstHabitsOnly_NamesTheRemovedColumnsAndATestPerSharedColumn()
    {
        var pipeline = new LifecyclePipeline(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts,
            featureSets: workspace.Store.FeatureSets);
        await pipeline.RunAsync(new PipelineRunOptions(workspace.Root) { TargetStage = "features", Force = true, Overrides = ["features.set=habits_only"] });
        var full = await workspace.Store.FeatureSets.FindAsync(new FeatureSetReference("full", 1));
        var habits = await workspace.Store.FeatureSets.FindAsync(new FeatureSetReference("habits_only", null));

        var diff = Lifecycle.Features.FeatureSetDiff.Compare(full!, habits!);

        Assert.Equal(["Height", "Weight", "BMI"], diff.Removed);
        Assert.Empty(diff.Added);
        Assert.All(diff.Shared, c => Assert.NotNull(c.Drift));
        Assert.Equal(full!.Columns.Count - 3, diff.Shared.Count);
    }

    [Fact]
    public async Task ValidateFeatures_DriftFromPreviousAsFail_FailsNamingTheDriftedColumnAndTheTest()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunScalingChangeAsync("fail", []));

        Assert.Contains("no_drift_from_previous", error.Message, StringComparison.Ordinal);
        Assert.Contains("drifted from habits_only:", error.Message, StringComparison.Ordinal);
        Assert.Contains("wasserstein", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFeatures_DriftFromPreviousAsWarn_RunsOnAndReportsWarned()
    {
        var warnings = new List<string>();

        var report = await RunScalingChangeAsync("warn", warnings);

        Assert.Contains("validate_features", report.Stages.Ran);
        Assert.Contains(warnings, w => w.Contains("no_drift_from_previous", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(workspace.PathOf("reports/feature_validation.json")));
        Assert.Equal("warned", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("drift_from_previous").GetProperty("drifted").GetInt32() > 0);
    }

    /// <summary>habits_only with standard scaling, then with minmax scaling validated against it (every numeric column moves).</summary>
    private async Task<PipelineRunReport> RunScalingChangeAsync(string severity, List<string> warnings)
    {
        var pipeline = new LifecyclePipeline(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts,
            featureSets: workspace.Store.FeatureSets);
        await pipeline.RunAsync(new PipelineRunOptions(workspace.Root) { TargetStage = "features", Force = true, Overrides = ["features.set=habits_only"] });
        return await pipeline.RunAsync(new PipelineRunOptions(workspace.Root)
        {
            TargetStage = "validate_features",
            Force = true,
            OnWarning = warnings.Add,
            Overrides = ["features.set=habits_only", "features.scaling=minmax", "feature_validation.no_drift_from_previous=true",
                $"feature_validation.drift_severity={severity}"],
        });
    }
}
