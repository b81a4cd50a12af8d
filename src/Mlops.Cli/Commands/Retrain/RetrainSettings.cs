namespace Mlops.Cli.Commands.Retrain;

/// <summary>`mlops retrain`: one tick in the current folder (pipeline.yaml, params.yaml) against the stores.</summary>
public class RetrainSettings : ListSettings
{
    [CommandOption("--prediction-log-uri <URI>")]
    [Description("The SQLite or PostgreSQL store with the prediction log and its labels, when it is not the tracking store " +
        "(mlops serve --prediction-log-uri); models, runs and the lease stay in the tracking store.")]
    public string? PredictionLogUri { get; init; }

    [CommandOption("--params <FILE>")]
    [Description("Another params file instead of ./params.yaml (its continuous_training section, and what the retrain pipeline run uses).")]
    public string? ParamsFile { get; init; }

    [CommandOption("--dry-run")]
    [Description("Evaluate and record the triggers and print which would fire and why; train nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--force")]
    [Description("Retrain even when no trigger fires (the triggers are still recorded).")]
    public bool Force { get; init; }
}
