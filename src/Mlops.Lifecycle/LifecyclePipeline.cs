using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Stages;
using Mlops.Lifecycle.Tracking;
using Mlops.Pipeline.Definition;
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
    public LifecyclePipeline(ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts, TimeProvider? time = null)
        : this(() => new StoreSet(tracking, registry, artifacts), time)
    {
    }

    public const string PipelineFile = "pipeline.yaml";
    public const string ParamsFile = "params.yaml";

    /// <summary>Loads pipeline.yaml and the effective params, validating both before anything runs.</summary>
    public static (PipelineDefinition Definition, ParamsDocument Document, PipelineParams Params) Load(PipelineRunOptions options)
    {
        var workspace = Path.GetFullPath(options.Workspace);
        var definition = PipelineDefinition.Load(Path.Combine(workspace, PipelineFile));
        var paramsPath = options.ParamsFile is { } file ? Path.GetFullPath(file) : Path.Combine(workspace, ParamsFile);
        var document = ParamsDocument.Load(paramsPath);
        foreach (var assignment in options.Overrides)
        {
            document.ApplyOverride(assignment);
        }
        var parameters = ParamsLoader.Load(document.ToYaml(), Path.GetFileName(paramsPath));
        return (definition, document, parameters);
    }

    public static PipelineStatus Status(PipelineRunOptions options)
    {
        var (definition, document, _) = Load(options);
        return PipelineStatus.Compute(definition, document);
    }

    public async Task<PipelineRunReport> RunAsync(PipelineRunOptions options, IProgress<StageEvent>? progress = null, CancellationToken ct = default)
    {
        var (definition, document, parameters) = Load(options);
        var session = new PipelineSession(options.Workspace, document, parameters, openStores, time ?? TimeProvider.System);
        var request = new PipelineRunRequest(definition, document) { Force = options.Force, TargetStage = options.TargetStage };
        // The tracked run starts with the first stage that runs, so a no-change rerun touches no store.
        var tracker = new Progress(progress, session, ct);
        PipelineRunResult result;
        try
        {
            result = await new PipelineRunner(session.Time).RunAsync(request, LifecycleStages.Create(session), tracker, ct);
        }
        catch (Exception e) when (session.Run is not null)
        {
            await session.Run.SetTagsAsync(new Dictionary<string, string> { ["mlops.error"] = e.Message }, CancellationToken.None);
            await session.Run.EndAsync(RunStatus.Failed, CancellationToken.None);
            throw;
        }
        var headline = new Dictionary<string, double>();
        if (session.Run is { } run)
        {
            headline = new Dictionary<string, double>(await RunRecorder.RecordAsync(session, run, result, ct));
            await run.EndAsync(RunStatus.Finished, ct);
        }
        return new PipelineRunReport(result, session.Run?.RunId, headline, session.Registration);
    }

    /// <summary>Forwards stage events and starts the tracked run synchronously when the first stage starts.</summary>
    private sealed class Progress(IProgress<StageEvent>? inner, PipelineSession session, CancellationToken ct) : IProgress<StageEvent>
    {
        public void Report(StageEvent value)
        {
            if (value.Kind == StageEventKind.Started && session.Run is null)
            {
                session.EnsureRunAsync(ct).GetAwaiter().GetResult();
            }
            inner?.Report(value);
        }
    }
}
