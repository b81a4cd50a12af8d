using Mlops.Lifecycle;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Profiling;

/// <summary>A temporary copy of the repository's params.yaml, pipeline.yaml and dataset on which the whole pipeline ran once.</summary>
public class PipelineWorkspace : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mlops-lifecycle-tests", Guid.NewGuid().ToString("N"));

    public SqliteStore Store { get; private set; } = null!;

    public PipelineRunReport Report { get; private set; } = null!;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public async Task InitializeAsync()
    {
        CopyBundledWorkspace(Root);
        PrepareCopies();
        Store = SqliteStore.Open(PathOf("mlruns/mlops.db"), PathOf("mlruns/artifacts"));
        Report = await new LifecyclePipeline(Store.Tracking, Store.Registry, Store.Artifacts, featureSets: Store.FeatureSets)
            .RunAsync(new PipelineRunOptions(Root));
    }

    /// <summary>Changes the copied files before the pipeline runs (a variant of the bundled workspace).</summary>
    protected virtual void PrepareCopies()
    {
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

    /// <summary>Copies the repository's params.yaml, pipeline.yaml and dataset into <paramref name="root"/>.</summary>
    public static void CopyBundledWorkspace(string root)
    {
        var repo = RepositoryRoot();
        const string raw = "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv";
        Directory.CreateDirectory(Path.Combine(root, "data/raw"));
        foreach (var file in new[] { "params.yaml", "pipeline.yaml", raw })
        {
            File.Copy(Path.Combine(repo, file), Path.Combine(root, file));
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Mlops.slnx above {AppContext.BaseDirectory}");
    }
}
