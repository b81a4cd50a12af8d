using Mlops.Core.Registry;
using Mlops.Inference.Csv;
using Mlops.Lifecycle;
using Mlops.Storage.Sqlite;
using Mlops.Training.Data;

namespace Mlops.Serving.Tests.Support;

/// <summary>
/// Runs the real pipeline once in a temp workspace, so every test serves a genuinely registered model (version 1).
/// Version 2 is the same files registered again (a cheap second version for reload tests); version 3 points at a
/// folder without model.zip (a broken version); version 4 is version 1's package without its metadata (no risk levels).
/// </summary>
public sealed class RegisteredModelFixture : IAsyncLifetime
{
    public const string ModelName = "obesity_classifier";

    public string Workspace { get; } = Path.Combine(Path.GetTempPath(), "mlops-serving-tests-" + Guid.NewGuid().ToString("N"));

    public SqliteStore Store { get; private set; } = null!;

    public CsvTable Data { get; private set; } = null!;

    /// <summary>The params the model was trained and packaged with: the oracle for what the server returns.</summary>
    public Mlops.Training.Configuration.PipelineParams Params { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var root = RepoRoot();
        Directory.CreateDirectory(Path.Combine(Workspace, "data", "raw"));
        File.Copy(Path.Combine(root, "params.yaml"), Path.Combine(Workspace, "params.yaml"));
        File.Copy(Path.Combine(root, "pipeline.yaml"), Path.Combine(Workspace, "pipeline.yaml"));
        foreach (var csv in Directory.GetFiles(Path.Combine(root, "data", "raw"), "*.csv"))
        {
            File.Copy(csv, Path.Combine(Workspace, "data", "raw", Path.GetFileName(csv)));
        }
        Params = Mlops.Training.Configuration.ParamsLoader.LoadFile(Path.Combine(Workspace, "params.yaml"));
        Store = SqliteStore.Open(Path.Combine(Workspace, "mlruns", "mlops.db"), Path.Combine(Workspace, "mlruns", "artifacts"));
        var report = await new LifecyclePipeline(Store.Tracking, Store.Registry, Store.Artifacts).RunAsync(new PipelineRunOptions(Workspace));
        if (report.Registration is not { Version: 1 })
        {
            throw new InvalidOperationException("The pipeline did not register version 1.");
        }
        var first = await Store.Registry.GetModelVersionAsync(ModelName, 1);
        await Store.Registry.CreateModelVersionAsync(ModelName, first.Source, first.RunId);
        var broken = Path.Combine(Workspace, "broken", "model");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "MLmodel"), "artifact_path: model\n");
        await Store.Registry.CreateModelVersionAsync(ModelName, broken, null);
        await RegisterWithoutMetadataAsync();
        Data = CsvReader.ReadFile(Path.Combine(Workspace, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv"));
    }

    /// <summary>Version 4: version 1's package without its metadata file, as a model trained with no serving.risk_levels.</summary>
    private async Task RegisterWithoutMetadataAsync()
    {
        var resolved = await new Mlops.Inference.Loading.ModelLoader(Store.Tracking, Store.Registry, Store.Artifacts).ResolveAsync($"models:/{ModelName}/1");
        var source = Store.Artifacts.TryGetLocalPath(resolved.ArtifactRoot, resolved.ArtifactPath)
            ?? throw new InvalidOperationException("The SQLite store's artifacts are expected on disk.");
        var copy = Path.Combine(Workspace, "no-metadata", "model");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(source).Where(f => Path.GetFileName(f) != Mlops.Inference.Packaging.ModelPackage.MetadataFile))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        await Store.Registry.CreateModelVersionAsync(ModelName, copy, null);
    }

    /// <summary>Points a fresh alias at <paramref name="version"/> so each test serves its own URI.</summary>
    public async Task<string> AliasAsync(int version, string? alias = null)
    {
        alias ??= "t" + Guid.NewGuid().ToString("N")[..12];
        await Store.Registry.SetAliasAsync(ModelName, alias, version);
        return $"models:/{ModelName}@{alias}";
    }

    /// <summary>Data row <paramref name="index"/> as a JSON-ready record: numbers for numeric inputs, strings otherwise.</summary>
    public Dictionary<string, object> Record(int index)
    {
        var row = Data.Rows[index].Fields;
        var record = new Dictionary<string, object>();
        for (var c = 0; c < Data.Header.Count; c++)
        {
            var name = Data.Header[c];
            if (name == "NObeyesdad")
            {
                continue;
            }
            record[name] = double.TryParse(row[c], System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : row[c];
        }
        return record;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Workspace))
        {
            Directory.Delete(Workspace, recursive: true);
        }
        return Task.CompletedTask;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Mlops.slnx not found above " + AppContext.BaseDirectory);
    }
}
