using Mlops.Cli.Commands.Ab;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>
/// `mlops retrain`: one tick in the current folder (pipeline.yaml, params.yaml) against the stores; the prediction log,
/// its labels and A/B tests from --prediction-log-uri when given, models, runs and the lease from the tracking store.
/// </summary>
public class RetrainSettings : AbSettings
{
    [CommandOption("--params <FILE>"), Description("Another params file instead of ./params.yaml (its continuous_training section, and what the retrain pipeline run uses).")]
    public string? ParamsFile { get; init; }

    [CommandOption("--dry-run"), Description("Evaluate and record the triggers and print which would fire and why; train nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--force"), Description("Retrain even when no trigger fires (the triggers are still recorded).")]
    public bool Force { get; init; }
}
