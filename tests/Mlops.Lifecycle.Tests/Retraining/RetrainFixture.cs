using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>
/// A workspace whose champion (version 1) is a deliberately weak model (SDCA, ≈ 0.80 accuracy), trained once; each
/// test retrains in its own copy, with the bundled params (LightGBM, ≈ 0.97), so a candidate on sound rows wins clearly.
/// </summary>
public sealed class RetrainFixture : IAsyncLifetime
{
    private readonly string _template = Path.Combine(Path.GetTempPath(), "mlops-retrain-tests", Guid.NewGuid().ToString("N"));

    public string ModelName { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var repo = PipelineWorkspace.RepositoryRoot();
        Directory.CreateDirectory(Path.Combine(_template, "data/raw"));
        foreach (var file in new[] { "params.yaml", "pipeline.yaml", RetrainTestData.Raw })
        {
            File.Copy(Path.Combine(repo, file), Path.Combine(_template, file));
        }
        using var store = SqliteStore.Open(Path.Combine(_template, "mlruns/mlops.db"), Path.Combine(_template, "mlruns/artifacts"));
        var report = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts).RunAsync(new PipelineRunOptions(_template)
        {
            Overrides = ["model.trainer=sdca", "registry.staging_threshold=0.5"],
        });
        if (report.Registration is not { BecameChampion: true } registration)
        {
            throw new InvalidOperationException("the fixture's first run did not crown version 1");
        }
        ModelName = registration.ModelName;
    }

    /// <summary>A private copy of the trained workspace, store and artifacts included.</summary>
    public string NewWorkspace()
    {
        var copy = Path.Combine(Path.GetTempPath(), "mlops-retrain-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(_template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_template, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(file, Path.Combine(copy, relative));
        }
        return copy;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_template, recursive: true);
        }
        catch (IOException)
        {
            // A store file still open is harmless in a temp folder.
        }
        return Task.CompletedTask;
    }
}
