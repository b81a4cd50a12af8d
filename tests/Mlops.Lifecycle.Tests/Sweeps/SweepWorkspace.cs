using Mlops.Lifecycle.Sweeps;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Sweeps;

/// <summary>
/// A temporary copy of the repository's params.yaml, pipeline.yaml and dataset with an embedded store, on which the same
/// 12-trial random sweep ran twice. The trials are small (3 folds, 10 boosting rounds) so the fixture stays quick.
/// </summary>
public sealed class SweepWorkspace : IAsyncLifetime
{
    public const int Trials = 12;
    public const int Seed = 7;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mlops-lifecycle-tests", Guid.NewGuid().ToString("N"));

    public SqliteStore Store { get; private set; } = null!;

    public SweepOutcome First { get; private set; } = null!;

    public SweepOutcome Second { get; private set; } = null!;

    public SweepRequest Request(params string[] overrides) => new(Root, new StoreSet(Store.Tracking, Store.Registry, Store.Artifacts))
    {
        Overrides = ["sweep.folds=3", "model.lightgbm.num_iterations=10", .. overrides],
        Parallelism = 2,
    };

    public async Task InitializeAsync()
    {
        PipelineWorkspace.CopyBundledWorkspace(Root);
        Store = SqliteStore.Open(Path.Combine(Root, "mlruns/mlops.db"), Path.Combine(Root, "mlruns/artifacts"));
        First = await new Sweeper().RunAsync(Request() with { RandomTrials = Trials, Seed = Seed });
        Second = await new Sweeper().RunAsync(Request() with { RandomTrials = Trials, Seed = Seed });
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A store file still open is harmless in a temp folder.
        }
        return Task.CompletedTask;
    }
}
