using Mlops.Core.Errors;
using Mlops.Lifecycle;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Status;
using Mlops.Web.Pipeline;

namespace Mlops.Cli.Commands.Ui;

/// <summary>
/// The UI's pipeline page over a workspace: the stage graph from pipeline.yaml and, per stage, what `mlops pipeline
/// status` computes (stale and why), or "never run" when the lock file has no entry for it. Read on every request.
/// </summary>
public sealed class PipelineOverviewFromWorkspace(string workspace) : IPipelineOverview
{
    public bool IsAvailable => true;

    /// <summary>A host for <paramref name="folder"/>: this overview when it holds pipeline.yaml, else none.</summary>
    public static IPipelineOverview For(string folder) =>
        File.Exists(Path.Combine(folder, LifecyclePipeline.PipelineFile))
            ? new PipelineOverviewFromWorkspace(Path.GetFullPath(folder))
            : new NoPipelineOverview();

    public PipelineOverview Read()
    {
        try
        {
            var (definition, document, _) = LifecyclePipeline.Load(new PipelineRunOptions(workspace));
            var lockFile = LockFile.Load(definition.LockFilePath);
            var status = PipelineStatus.Compute(definition, document, lockFile);
            var stages = status.Stages.Select(s => View(definition, lockFile, s)).ToList();
            return new PipelineOverview(workspace, stages);
        }
        catch (MlopsException e)
        {
            return new PipelineOverview(workspace, [], e.Message);
        }
    }

    private static PipelineStageView View(PipelineDefinition definition, LockFile lockFile, StageStatus status)
    {
        var stage = definition.GetStage(status.Stage);
        var state = lockFile.Find(stage.Name) is null ? PipelineStageState.NeverRun
            : status.IsStale ? PipelineStageState.Stale
            : PipelineStageState.UpToDate;
        return new PipelineStageView(stage.Name, [.. definition.UpstreamOf(stage.Name).Select(u => u.Name)], state, status.Reasons, stage.Outputs);
    }
}
