using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Features;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Stages;
using Mlops.Lifecycle.Tracking;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Params;
using Mlops.Pipeline.Running;
using Mlops.Pipeline.Status;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle;

/// <summary>
/// The library API of the main job: runs pipeline.yaml's stale stages with the lifecycle executors, records the
/// run (params, metrics, tags, artifacts) and registers the model. The CLI's `pipeline run` is a thin shell over it.
/// </summary>
public sealed class LifecyclePipeline(Func<StoreSet> openStores, TimeProvider? time = null)
{
    public LifecyclePipeline(ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts, TimeProvider? time = null,
        IFeatureSetStore? featureSets = null)
        : this(() => new StoreSet(tracking, registry, artifacts, featureSets), time)
    {
    }

    public const string PipelineFile = "pipeline.yaml";
    public const string ParamsFile = "params.yaml";

    /// <summary>Loads pipeline.yaml and the effective params, validating both before anything runs.</summary>
    public static (PipelineDefinition Definition, ParamsDocument Document, PipelineParams Params) Load(PipelineRunOptions options)
    {
        var workspace = Path.GetFullPath(options.Workspace);
        var definition = PipelineDefinition.Load(Path.Combine(workspace, PipelineFile));
        var paramsPath = ParamsPath(options);
        var document = ParamsDocument.Load(paramsPath);
        foreach (var assignment in options.Overrides)
        {
            document.ApplyOverride(assignment);
        }
        var parameters = ParamsLoader.Load(document.Root, Path.GetFileName(paramsPath));
        EnsureOneDataPath(definition, parameters, Path.GetFileName(paramsPath));
        // A bad monitoring rule fails here too, not only when `monitor run` first reads it.
        try
        {
            Profiling.MonitoringSettings.ToOptions(parameters.Monitoring);
        }
        catch (MlopsException e)
        {
            throw MlopsException.Invalid($"{Path.GetFileName(paramsPath)}: {e.Message}");
        }
        return (definition, document, parameters);
    }

    /// <summary>
    /// The preprocess stage reads data.raw but its staleness is judged on its declared deps: were they different files,
    /// editing the data would leave the pipeline "up to date". So both must name the same file.
    /// </summary>
    private static void EnsureOneDataPath(PipelineDefinition definition, PipelineParams parameters, string paramsName)
    {
        var preprocess = definition.Stages.FirstOrDefault(s => s.Name == PreprocessStage);
        if (preprocess is null)
        {
            return;
        }
        var raw = WorkspacePaths.Normalize(parameters.Data.Raw, "data.raw");
        if (!preprocess.Deps.Contains(raw, StringComparer.Ordinal))
        {
            throw MlopsException.Invalid(
                $"{paramsName} data.raw is '{raw}' but stage '{PreprocessStage}' in {PipelineFile} depends on " +
                $"[{string.Join(", ", preprocess.Deps)}]; the raw data file must be declared the same in both");
        }
    }

    private const string PreprocessStage = "preprocess";

    /// <summary>
    /// The stages, in run order, when the workspace's up-to-date stamp shows that nothing has changed since a whole
    /// run with its params.yaml left every stage up to date; null when the full staleness check is needed.
    /// </summary>
    public static IReadOnlyList<string>? UpToDateStages(string workspace)
    {
        var root = Path.GetFullPath(workspace);
        return UpToDateStamp.Check(root, Path.Combine(root, ParamsFile), ToolVersion);
    }

    /// <summary>The module ids of the assemblies that validate params and judge staleness: a rebuild invalidates stamps.</summary>
    private static string ToolVersion =>
        string.Join('+', new[] { typeof(LifecyclePipeline), typeof(PipelineRunner), typeof(ParamsLoader) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    private static string ParamsPath(PipelineRunOptions options) => options.ParamsFile is { } file
        ? Path.GetFullPath(file)
        : Path.Combine(Path.GetFullPath(options.Workspace), ParamsFile);

    public static PipelineStatus Status(PipelineRunOptions options)
    {
        var (definition, document, _) = Load(options);
        return PipelineStatus.Compute(definition, document);
    }

    public async Task<PipelineRunReport> RunAsync(PipelineRunOptions options, IProgress<StageEvent>? progress = null, CancellationToken ct = default)
    {
        var (definition, document, parameters) = Load(options);
        var session = new PipelineSession(options.Workspace, document, parameters, openStores, time ?? TimeProvider.System)
        {
            Promote = options.Promote,
            RunTags = options.RunTags,
            OnWarning = options.OnWarning,
        };
        await session.ReapMarkedRunAsync(ct);
        var lineage = new RunLineage(session, definition);
        IReadOnlyDictionary<string, double> headline = new Dictionary<string, double>();
        var request = new PipelineRunRequest(definition, document)
        {
            Force = options.Force,
            TargetStage = options.TargetStage,
            StampParamsFile = options.Overrides.Count == 0 ? ParamsPath(options) : null,
            ToolVersion = ToolVersion,
            OnLockWait = options.OnLockWait,
            // Each stage's record also refreshes the run's heartbeat (see RunLineage).
            RecordStageAsync = lineage.RecordStageAsync,
            // The tracked run ends before the up-to-date stamp is written: a crash in between leaves no stamp, so the
            // next run checks every stage (and the run marker) instead of answering "nothing changed".
            CompleteAsync = async (result, c) =>
            {
                if (session.RunStarted)
                {
                    var run = await session.EnsureRunAsync(c);
                    headline = await RunRecorder.RecordAsync(session, run, definition, lineage, result, c);
                    FaultInjection.Point("run.before-end");
                    await session.EndRunAsync(RunStatus.Finished, c);
                }
            },
        };
        // The tracked run starts (in the background) with the first stage that runs, so a no-change rerun touches no store.
        var tracker = new Progress(progress, session, ct);
        PipelineRunResult stages;
        try
        {
            stages = await new PipelineRunner(session.Time).RunAsync(request, LifecycleStages.Create(session, lineage), tracker, ct);
        }
        catch (Exception e) when (session.RunStarted)
        {
            await RecordFailureAsync(session, e, options.OnWarning);
            throw;
        }
        return new PipelineRunReport(stages, session.Run?.RunId, headline, session.Registration) { ReapedRuns = session.ReapedRuns, FeatureSet = session.FeatureSetRecording };
    }

    /// <summary>Marks the tracked run FAILED with the error; a store that fails too must not hide the original error.</summary>
    private static async Task RecordFailureAsync(PipelineSession session, Exception error, Action<string>? onWarning)
    {
        try
        {
            var failed = await session.EnsureRunAsync(CancellationToken.None);
            await failed.SetTagsAsync(new Dictionary<string, string> { ["mlops.error"] = error.Message }, CancellationToken.None);
            await session.EndRunAsync(RunStatus.Failed, CancellationToken.None);
        }
        catch (Exception storeError) when (storeError is not OperationCanceledException)
        {
            onWarning?.Invoke($"could not record the failed run: {storeError.Message}");
        }
    }

    /// <summary>Forwards stage events and starts the tracked run synchronously when the first stage starts.</summary>
    private sealed class Progress(IProgress<StageEvent>? inner, PipelineSession session, CancellationToken ct) : IProgress<StageEvent>
    {
        public void Report(StageEvent value)
        {
            if (value.Kind == StageEventKind.Started)
            {
                session.StartRun(ct);
            }
            inner?.Report(value);
        }
    }
}
