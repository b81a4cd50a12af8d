namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The two steps of a tick that other parts of the library provide: the triggers and the training rows. A seam so
/// tests can run a tick on constructed reports; <see cref="Default"/> is what `mlops retrain` uses.
/// </summary>
/// <param name="BuildDataset">Writes the tick's rows into the given folder.</param>
public sealed partial record RetrainerSteps(
    Func<RetrainRequest, CancellationToken, Task<TriggerReport>> EvaluateTriggers,
    Func<RetrainRequest, TriggerReport, string, CancellationToken, Task<RetrainDataset>> BuildDataset)
{
    /// <summary>Called with the candidate's version after the child run registered it, before the gate (a test hook for crashes).</summary>
    public Func<int, CancellationToken, Task>? AfterTraining { get; init; }
}
