using Mlops.Core.Predictions;
using Mlops.Inference.Loading;
using Mlops.Lifecycle.Retraining;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Storage.Sqlite;
using Mlops.Training.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>
/// A registered model of its own (a fresh name) whose champion is the pipeline run's package, created at
/// <see cref="TrainedAt"/> on a store sharing the workspace's database but running on a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class TestChampion : IDisposable
{
    public static readonly DateTimeOffset TrainedAt = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private TestChampion(PipelineWorkspace workspace, FakeTimeProvider time, SqliteStore store, string name)
    {
        (Workspace, Time, Store, Name) = (workspace, time, store, name);
        Params = ParamsLoader.LoadFile(workspace.PathOf("params.yaml"));
    }

    public PipelineWorkspace Workspace { get; }
    public FakeTimeProvider Time { get; }
    public SqliteStore Store { get; }
    public string Name { get; }
    public PipelineParams Params { get; }

    /// <param name="withChampion">False: the model is registered with a version but no champion alias.</param>
    public static async Task<TestChampion> CreateAsync(PipelineWorkspace workspace, bool withChampion = true)
    {
        var time = new FakeTimeProvider(TrainedAt);
        var store = SqliteStore.Open(workspace.PathOf("mlruns/mlops.db"), workspace.PathOf("mlruns/artifacts"), time);
        var name = "ct-" + Guid.NewGuid().ToString("N")[..12];
        var registration = workspace.Report.Registration!;
        var original = await store.Registry.GetModelVersionAsync(registration.ModelName, registration.Version);
        await store.Registry.CreateRegisteredModelAsync(name);
        var version = await store.Registry.CreateModelVersionAsync(name, original.Source, original.RunId);
        if (withChampion)
        {
            await store.Registry.SetAliasAsync(name, "champion", version.Version);
        }
        return new TestChampion(workspace, time, store, name);
    }

    public async Task<LoadedModel> LoadAsync() =>
        await new ModelLoader(Store.Tracking, Store.Registry, Store.Artifacts).LoadAsync($"models:/{Name}/1");

    public RetrainTriggerContext Context(ContinuousTrainingParams? settings = null, MonitoringParams? monitoring = null) =>
        new(Name, "champion", settings ?? Params.ContinuousTraining, monitoring ?? Params.Monitoring,
            Store.Registry, Store.Tracking, Store.Artifacts, Store.PredictionLog, Store.PredictionLog, Time);

    /// <summary>Labels the predictions (prediction id, label) as fed back.</summary>
    public async Task LabelAsync(IEnumerable<(string Id, string Label)> labels)
    {
        var outcomes = await Store.PredictionLog.RecordLabelsAsync(
            [.. labels.Select(l => new PredictionLabel(l.Id, l.Label))], (_, _, _) => ValueTask.FromResult<string?>(null));
        Assert.All(outcomes, o => Assert.Equal(LabelStatus.Accepted, o.Status));
    }

    public void Dispose() => Store.Dispose();
}
