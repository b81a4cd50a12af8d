namespace Mlops.Pipeline.Running;

/// <summary>Adapts a delegate to <see cref="IStageExecutor"/>.</summary>
public sealed class DelegateStageExecutor(Func<StageContext, CancellationToken, Task> execute) : IStageExecutor
{
    public Task ExecuteAsync(StageContext context, CancellationToken cancellationToken) => execute(context, cancellationToken);
}
