using Mlops.Client.Scoring;
using Mlops.Client.Stores;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Stores;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;

namespace Mlops.Client;

/// <summary>
/// Mlops for .NET in your own code: one store chosen by tracking URI (as the CLI's <c>--tracking-uri</c>), to log
/// runs, search them, register models and load <c>models:/NAME@ALIAS</c> to score in-process. Thread-safe.
/// </summary>
public sealed class MlopsClient : IDisposable
{
    private readonly OpenedStores stores;
    private readonly TimeProvider time;

    private MlopsClient(string trackingUri, OpenedStores stores, TimeProvider time)
    {
        TrackingUri = trackingUri;
        this.stores = stores;
        this.time = time;
    }

    /// <summary>The URI the store was opened from.</summary>
    public string TrackingUri { get; }

    /// <summary>The tracking store itself, for what this class does not wrap.</summary>
    public ITrackingStore Tracking => stores.Tracking;

    /// <summary>The model registry itself, for what this class does not wrap.</summary>
    public IModelRegistry Registry => stores.Registry;

    /// <summary>The artifact store itself, for what this class does not wrap.</summary>
    public IArtifactStore Artifacts => stores.Artifacts;

    /// <summary>
    /// Opens the store of <paramref name="trackingUri"/>, else MLOPS_TRACKING_URI, else MLFLOW_TRACKING_URI, else
    /// <c>sqlite:///mlruns/mlops.db</c>. The scheme's store package must be referenced (Mlops.Storage.Sqlite for
    /// <c>sqlite:///</c>, Mlops.Storage.Postgres for <c>postgresql://</c>, Mlops.Storage.MlflowRest for <c>http(s)://</c>).
    /// </summary>
    public static MlopsClient Open(string? trackingUri = null, MlopsClientOptions? options = null)
    {
        options ??= new MlopsClientOptions();
        var uri = Stores.TrackingUri.Resolve(trackingUri);
        var provider = StoreProviders.Find(uri, options.Providers);
        var time = options.Time ?? TimeProvider.System;
        return new MlopsClient(uri, provider.Open(uri, options.ArtifactRoot, time), time);
    }

    /// <summary>
    /// Starts a run in <paramref name="experimentName"/> (created when missing). Log with the returned run, then call
    /// <see cref="ActiveRun.EndAsync"/>; disposing it without that marks the run FAILED.
    /// </summary>
    public Task<ActiveRun> StartRunAsync(string experimentName, string? runName = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default) =>
        ActiveRun.StartAsync(stores.Tracking, stores.Artifacts, experimentName, runName, tags, time, ct);

    /// <summary>
    /// The runs of <paramref name="experimentName"/> matching <paramref name="filter"/> (MLflow's grammar, for example
    /// <c>metrics.accuracy &gt; 0.9</c>), ordered by <paramref name="orderBy"/> (<c>metrics.accuracy DESC</c>; newest first
    /// when null). An unknown experiment has no runs.
    /// </summary>
    public async Task<IReadOnlyList<Run>> SearchRunsAsync(string experimentName, string? filter = null, string? orderBy = null,
        int maxResults = 100, CancellationToken ct = default)
    {
        var experiment = await stores.Tracking.GetExperimentByNameAsync(experimentName, ct);
        if (experiment is null)
        {
            return [];
        }
        var search = new RunSearch([experiment.ExperimentId], filter, orderBy is null ? null : [orderBy], maxResults);
        return (await stores.Tracking.SearchRunsAsync(search, ct)).Items;
    }

    /// <summary>
    /// Registers the model package a run logged under <paramref name="artifactPath"/> as the next version of
    /// <paramref name="name"/> (the registered model is created when missing).
    /// </summary>
    public async Task<ModelVersion> RegisterModelAsync(string name, string runId, string artifactPath = "model", CancellationToken ct = default)
    {
        var run = await stores.Tracking.GetRunAsync(runId, ct);
        try
        {
            await stores.Registry.CreateRegisteredModelAsync(name, ct: ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceAlreadyExists)
        {
            // Registered before (or by another process just now): the version goes to the existing model.
        }
        var source = $"{run.Info.ArtifactUri.TrimEnd('/')}/{artifactPath.Trim('/')}";
        return await stores.Registry.CreateModelVersionAsync(name, source, runId, ct: ct);
    }

    /// <summary>Points <paramref name="alias"/> (for example <c>champion</c>) at a version of <paramref name="name"/>.</summary>
    public Task SetAliasAsync(string name, string alias, int version, CancellationToken ct = default) =>
        stores.Registry.SetAliasAsync(name, alias, version, ct);

    /// <summary>
    /// Loads the model a URI names now (<c>models:/NAME@ALIAS</c>, <c>models:/NAME/VERSION</c>, <c>models:/NAME/Stage</c>,
    /// <c>runs:/RUN_ID/PATH</c>) for in-process scoring. The returned model does not follow later alias moves.
    /// </summary>
    public async Task<MlopsModel> LoadModelAsync(string modelUri, CancellationToken ct = default)
    {
        var loader = new ModelLoader(stores.Tracking, stores.Registry, stores.Artifacts, time);
        return new MlopsModel(await loader.LoadAsync(modelUri, ct));
    }

    /// <summary>Closes the store (models already loaded keep working).</summary>
    public void Dispose() => stores.Dispose();
}
