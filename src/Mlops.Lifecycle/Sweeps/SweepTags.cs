namespace Mlops.Lifecycle.Sweeps;

/// <summary>The tags that tie a sweep's runs together; the parent tag is MLflow's, so MLflow's UI nests the trials.</summary>
public static class SweepTags
{
    public const string ParentRun = Retraining.Retrainer.ParentRunTag;
    public const string Trial = "mlops.sweep.trial";
    /// <summary>trial (a cross-validated trial), best (the pipeline run that retrained the best trial) or features.</summary>
    public const string Role = "mlops.sweep.role";
    public const string Error = "mlops.error";
    public const string BestTrial = "mlops.sweep.best_trial";
    public const string BestRun = "mlops.sweep.best_run_id";
    public const string BestOverrides = "mlops.sweep.best_overrides";
    public const string PipelineRun = "mlops.sweep.pipeline_run_id";
}
