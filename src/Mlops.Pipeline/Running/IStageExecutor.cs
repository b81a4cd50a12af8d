namespace Mlops.Pipeline.Running;

/// <summary>The code behind one stage: reads deps from the workspace and writes outputs to context.OutputPath(...).</summary>
public interface IStageExecutor
{
    Task ExecuteAsync(StageContext context, CancellationToken cancellationToken);
}
