using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// One retrain tick's inputs: the workspace (pipeline.yaml, data.raw, where reports/continuous_training and
/// .mlops/retrain go), its effective params and the stores. The library never writes to the console: progress goes to
/// <see cref="OnProgress"/>.
/// </summary>
public sealed record RetrainRequest(string Workspace, PipelineParams Params, RetrainStores Stores)
{
    /// <summary>The params file the child pipeline run uses (copied into its folder); default the workspace's params.yaml.</summary>
    public string? ParamsFile { get; init; }

    /// <summary>Evaluate and record the triggers, then stop: nothing is trained, registered or moved.</summary>
    public bool DryRun { get; init; }

    /// <summary>Retrain whether or not a trigger fired (the triggers are still evaluated and recorded).</summary>
    public bool Force { get; init; }

    /// <summary>Who retrains: the lease holder's name and the actor of the alias move.</summary>
    public string Actor { get; init; } = "mlops retrain";

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Told each step as it happens, one sentence each; null drops them.</summary>
    public Action<string>? OnProgress { get; init; }

    public string ModelName => Params.Registry.ModelName;

    public string ChampionAlias => Params.Registry.ChampionAlias;

    public string ParamsPath => ParamsFile is { } file ? Path.GetFullPath(file) : Path.Combine(Path.GetFullPath(Workspace), LifecyclePipeline.ParamsFile);

    internal void Say(string message) => OnProgress?.Invoke(message);
}
