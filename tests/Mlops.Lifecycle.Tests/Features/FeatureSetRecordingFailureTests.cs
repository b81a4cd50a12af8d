using Mlops.Core.Features;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Features;

/// <summary>
/// The feature set version is written behind the next stages; a store that fails it must still fail the features
/// stage and leave it to run again, as when it was written inside the stage.
/// </summary>
public sealed class FeatureSetRecordingFailureTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "mlops-lifecycle-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task FeaturesStage_StoreFailsTheVersion_RunFailsWithItsErrorAndTheStageStaysStale()
    {
        PipelineWorkspace.CopyBundledWorkspace(root);
        using var store = SqliteStore.Open(Path.Combine(root, "mlruns/mlops.db"), Path.Combine(root, "mlruns/artifacts"));
        var failing = new FailingRecords(store.FeatureSets);
        var options = new PipelineRunOptions(root) { TargetStage = "validate_features" };

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts, featureSets: failing).RunAsync(options));
        var after = LifecyclePipeline.Status(options);

        Assert.Contains(FailingRecords.Message, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, failing.Attempts);
        Assert.False(after.Stages.Single(s => s.Stage == "preprocess").IsStale);
        Assert.True(after.Stages.Single(s => s.Stage == "features").IsStale);
        Assert.Null(await store.FeatureSets.FindAsync(new FeatureSetReference("full", null)));

        var rerun = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts, featureSets: store.FeatureSets).RunAsync(options);

        Assert.Equal(1, rerun.FeatureSet?.Version.Version);
        Assert.False(LifecyclePipeline.Status(options).Stages.Single(s => s.Stage == "features").IsStale);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A store file still open is harmless in a temp folder.
        }
    }

    private sealed class FailingRecords(IFeatureSetStore inner) : IFeatureSetStore
    {
        public const string Message = "feature set table is locked (planted)";

        public int Attempts { get; private set; }

        public Task<FeatureSetRecording> RecordAsync(FeatureSetDraft draft, CancellationToken ct = default)
        {
            Attempts++;
            throw new IOException(Message);
        }

        public Task<IReadOnlyList<FeatureSetVersion>> ListLatestAsync(CancellationToken ct = default) => inner.ListLatestAsync(ct);

        public Task<FeatureSetVersion?> FindAsync(FeatureSetReference reference, CancellationToken ct = default) => inner.FindAsync(reference, ct);

        public Task LinkModelVersionAsync(FeatureSetReference featureSet, FeatureSetModelLink model, CancellationToken ct = default) =>
            inner.LinkModelVersionAsync(featureSet, model, ct);
    }
}
