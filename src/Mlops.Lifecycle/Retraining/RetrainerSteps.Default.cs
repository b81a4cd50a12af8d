namespace Mlops.Lifecycle.Retraining;

public sealed partial record RetrainerSteps
{
    /// <summary>
    /// The library's triggers (<see cref="RetrainTriggers"/>) and dataset builder (<see cref="RetrainDatasetBuilder"/>, on
    /// every labelled prediction of the model: continuous_training.data.recent_labels is what limits them).
    /// </summary>
    public static RetrainerSteps Default { get; } = new(
        (request, ct) => RetrainTriggers.EvaluateAsync(ContextOf(request), ct),
        (request, _, folder, ct) => RetrainDatasetBuilder.BuildAsync(new RetrainDataRequest(request.Workspace, request.Params,
            request.ModelName, Since: null, request.Stores.Feedback, folder, request.Time), ct));

    public static RetrainTriggerContext ContextOf(RetrainRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stores = request.Stores;
        return new RetrainTriggerContext(request.ModelName, request.ChampionAlias, request.Params.ContinuousTraining, request.Params.Monitoring,
            stores.Stores.Registry, stores.Stores.Tracking, stores.Stores.Artifacts, stores.Log, stores.Feedback, request.Time);
    }
}
