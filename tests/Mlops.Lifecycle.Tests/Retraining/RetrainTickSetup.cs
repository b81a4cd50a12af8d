using Mlops.Core.Registry;
using Mlops.Lifecycle.Retraining;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>One test's retrain: its own workspace copy and SQLite store, a memory lease store on <see cref="Time"/>, constructed steps.</summary>
public sealed class RetrainTickSetup : IDisposable
{
    /// <param name="paramsEdits">Replacements in the copy's params.yaml (each old text must be there).</param>
    public RetrainTickSetup(RetrainFixture fixture, TimeProvider? time = null, params (string Old, string New)[] paramsEdits)
    {
        Workspace = fixture.NewWorkspace();
        var paramsPath = Path.Combine(Workspace, LifecyclePipeline.ParamsFile);
        foreach (var (old, replacement) in paramsEdits)
        {
            var text = File.ReadAllText(paramsPath);
            Assert.Contains(old, text);
            File.WriteAllText(paramsPath, text.Replace(old, replacement, StringComparison.Ordinal));
        }
        Time = time ?? TimeProvider.System;
        Store = SqliteStore.Open(Path.Combine(Workspace, "mlruns/mlops.db"), Path.Combine(Workspace, "mlruns/artifacts"));
        Leases = new MemoryLeaseStore(Time);
        (Registry, AliasMoves) = AliasMoveRecorder.Wrap(Store.Registry);
        var parameters = LifecyclePipeline.Load(new PipelineRunOptions(Workspace)).Params;
        Request = new RetrainRequest(Workspace, parameters,
            new RetrainStores(new StoreSet(Store.Tracking, Registry, Store.Artifacts), Store.PredictionLog, Store.PredictionLog, Leases)
            {
                AbTests = Store.AbTests,
            })
        {
            Actor = "retrain-test",
            Time = Time,
            OnProgress = Progress.Add,
        };
    }

    public string Workspace { get; }
    public TimeProvider Time { get; }
    public SqliteStore Store { get; }
    public MemoryLeaseStore Leases { get; }
    /// <summary>The store's registry, with alias moves recorded as they are made.</summary>
    public IModelRegistry Registry { get; }
    public AliasMoveRecorder AliasMoves { get; }
    public RetrainRequest Request { get; }
    public List<string> Progress { get; } = [];

    public string ModelName => Request.ModelName;

    /// <summary>Triggers that say new_labels fired (or not), and the constructed rows.</summary>
    public static RetrainerSteps Steps(bool fired = true, bool shuffleLabels = false) => new(
        (request, _) => Task.FromResult(Report(request, fired)),
        (request, _, folder, _) => Task.FromResult(RetrainTestData.Build(request.Workspace, folder, shuffleLabels)));

    public static TriggerReport Report(RetrainRequest request, bool fired) => new(request.ModelName, request.Time.GetUtcNow(), null,
    [
        new TriggerResult("new_labels", true, fired, fired ? "612 labels since the last training, at least 500" : "12 labels since the last training, fewer than 500",
            new Dictionary<string, double> { ["labels_since"] = fired ? 612 : 12, ["threshold"] = 500 }),
        new TriggerResult("schedule", false, false, "off: continuous_training.triggers.schedule is not set", new Dictionary<string, double>()),
    ]);

    public async Task<int?> ChampionAsync() =>
        (await Store.Registry.GetRegisteredModelAsync(ModelName)).Aliases.TryGetValue(Request.ChampionAlias, out var v) ? v : null;

    public void Dispose() => Store.Dispose();
}
