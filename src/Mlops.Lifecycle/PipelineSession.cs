using Mlops.Core.Artifacts;
using Mlops.Core.Features;
using Mlops.Core.Hashing;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Registration;
using Mlops.Lifecycle.Tracking;
using Mlops.Pipeline.Params;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle;

/// <summary>
/// State shared by the stages of one pipeline run: the effective params and the tracked run, which is started
/// lazily by the first stage that runs so a no-change rerun records nothing.
/// </summary>
public sealed class PipelineSession(
    string workspace, ParamsDocument document, PipelineParams parameters, Func<StoreSet> openStores, TimeProvider time)
{
    private readonly Lazy<StoreSet> _stores = new(openStores);
    private GitInfo? _git;


    public string Workspace { get; } = Path.GetFullPath(workspace);
    public ParamsDocument Document { get; } = document;
    public PipelineParams Params { get; } = parameters;
    /// <summary>Opened on first use, so a run that skips every stage never touches the store.</summary>
    public ITrackingStore Tracking => _stores.Value.Tracking;
    public IModelRegistry Registry => _stores.Value.Registry;
    public IArtifactStore Artifacts => _stores.Value.Artifacts;
    /// <summary>The store's feature set versions; null when the backend keeps none (an MLflow server).</summary>
    public IFeatureSetStore? FeatureSets => _stores.Value.FeatureSets;

    /// <summary>A note for the user that does not fail the run (<see cref="PipelineRunOptions.OnWarning"/>).</summary>
    public Action<string>? OnWarning { get; init; }

    /// <summary>What recording the feature set version did in this run (a new version or an existing one), once it is done.</summary>
    public FeatureSetRecording? FeatureSetRecording => _featureSet?.Recording is { IsCompletedSuccessfully: true } done ? done.Result : null;

    /// <summary>The recording started by the stage that materialized the feature set; set once per run, before its commit starts.</summary>
    private volatile FeatureSetWork? _featureSet;

    private sealed record FeatureSetWork(string Stage, Task<FeatureSetRecording?> Recording);

    /// <summary>
    /// Records the feature set version on the thread pool while the next stages run. <paramref name="stage"/>'s record in
    /// the tracking store waits for it (<see cref="BehindStage"/>), so its lock entry is written only once the version is.
    /// </summary>
    public void RecordFeatureSetBehind(string stage, Func<Task<FeatureSetRecording?>> record) =>
        _featureSet = new FeatureSetWork(stage, Task.Run(record));

    /// <summary>The recording of this run's feature set version: null when the features stage did not run or the store keeps none.</summary>
    public Task<FeatureSetRecording?> FeatureSetRecordedAsync() => _featureSet?.Recording ?? Task.FromResult<FeatureSetRecording?>(null);

    /// <summary>Work <paramref name="stage"/> left running when it returned; completed when there is none.</summary>
    public Task BehindStage(string stage) => _featureSet is { } work && work.Stage == stage ? work.Recording : Task.CompletedTask;

    public TimeProvider Time { get; } = time;
    private readonly object _startLock = new();
    private Task<ActiveRun>? _run;
    private string? _dataHash;
    private RunHeartbeat? _heartbeat;

    /// <summary>The tracked run once it has been started and created, else null.</summary>
    public ActiveRun? Run => _run is { IsCompletedSuccessfully: true } run ? run.Result : null;

    /// <summary>Whether anything ran that needs a tracked run (it may still be being created).</summary>
    public bool RunStarted => _run is not null;

    public RegistrationOutcome? Registration { get; set; }

    /// <summary>False: register never moves the champion alias (<see cref="PipelineRunOptions.Promote"/>).</summary>
    public bool Promote { get; init; } = true;

    /// <summary>Extra tags of the tracked run (<see cref="PipelineRunOptions.RunTags"/>).</summary>
    public IReadOnlyDictionary<string, string> RunTags { get; init; } = new Dictionary<string, string>();

    /// <summary>Runs of this experiment found RUNNING with their process gone, marked FAILED before this run was created.</summary>
    public List<string> ReapedRuns { get; } = [];

    /// <summary>Checks the run a crashed pipeline left in the workspace marker, before anything else opens the store.</summary>
    public async Task ReapMarkedRunAsync(CancellationToken ct)
    {
        if (TrackedRunMarker.Read(Workspace) is { } runId && !await StaleRunReaper.ReapIfDeadAsync(Tracking, runId, Time, ReapedRuns, ct))
        {
            TrackedRunMarker.Clear(Workspace, runId);
        }
    }

    /// <summary>Ends the tracked run and forgets it in the workspace: it no longer needs a crash check.</summary>
    public async Task EndRunAsync(RunStatus status, CancellationToken ct)
    {
        _heartbeat?.Dispose();
        var run = await EnsureRunAsync(ct);
        await run.EndAsync(status, ct);
        TrackedRunMarker.Clear(Workspace, run.RunId);
    }

    public string FullPath(string relative) => Path.Combine(Workspace, relative);

    /// <summary>
    /// The raw table's content hash, or null when it does not exist; computed once per run (it tags both the run and the
    /// registered version, and hashing a large table costs about a second per 300 MB).
    /// </summary>
    public string? DataHash => _dataHash ??= File.Exists(FullPath(Params.Data.Raw)) ? ContentHash.OfFile(FullPath(Params.Data.Raw)) : null;

    /// <summary>The workspace's git commit and dirty flag, read once per run: each read starts git processes.</summary>
    public GitInfo Git => _git ??= GitInfo.Read(Workspace);

    /// <summary>
    /// Starts creating the tracked run in the background (opening the store, reading git) so it overlaps the first
    /// stage's work instead of delaying it.
    /// </summary>
    public void StartRun(CancellationToken ct)
    {
        lock (_startLock)
        {
            _run ??= Task.Run(() => CreateRunAsync(ct), ct);
        }
    }

    public Task<ActiveRun> EnsureRunAsync(CancellationToken ct)
    {
        StartRun(ct);
        return _run!;
    }

    private async Task<ActiveRun> CreateRunAsync(CancellationToken ct)
    {
        var git = Git;
        var tags = new Dictionary<string, string>(Params.Tracking.Tags)
        {
            ["mlflow.source.type"] = "PIPELINE",
            ["mlflow.source.name"] = "mlops pipeline run",
            ["mlflow.user"] = Environment.UserName,
            ["params_hash"] = Document.Hash,
            ["trainer"] = Params.Model.Trainer,
            ["feature_set"] = Params.Features.Set,
        };
        if (DataHash is { } dataHash)
        {
            tags["data_hash"] = dataHash;
        }
        if (git.Commit is not null)
        {
            tags["mlflow.source.git.commit"] = git.Commit;
            tags["git_commit"] = git.Commit;
        }
        if (git.Dirty is { } dirty)
        {
            tags["git_dirty"] = dirty ? "true" : "false";
        }
        foreach (var (key, value) in RunTags)
        {
            tags[key] = value;
        }
        foreach (var (key, value) in RunHeartbeat.OwnerTags(Time))
        {
            tags[key] = value;
        }
        var experimentId = await Tracking.GetOrCreateExperimentAsync(Params.Tracking.Experiment, ct);
        ReapedRuns.AddRange(await StaleRunReaper.ReapExperimentAsync(Tracking, experimentId, Time, ct));
        var name = $"{Params.Tracking.RunNamePrefix}-{Time.GetUtcNow():yyyyMMdd-HHmmss}";
        var run = await ActiveRun.StartAsync(Tracking, Artifacts, Params.Tracking.Experiment, name, tags, Time, ct);
        TrackedRunMarker.Write(Workspace, run.RunId);
        _heartbeat = RunHeartbeat.Start(run, Time);
        return run;
    }
}
