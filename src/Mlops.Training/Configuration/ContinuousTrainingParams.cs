namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml `continuous_training:` — when `mlops retrain` trains a new model, on which rows, how the candidate is
/// judged against the champion and how it is rolled out. Every key is optional; the defaults below are the documented ones.
/// </summary>
public sealed class ContinuousTrainingParams
{
    /// <summary>Each tick that fires is a parent run in this experiment; the retrain pipeline run is its child.</summary>
    public string Experiment { get; set; } = "continuous-training";

    /// <summary>`retrain watch`: seconds between ticks.</summary>
    public int TickSeconds { get; set; } = 60;

    /// <summary>One retrain at a time per registered model: a crashed holder blocks the next tick at most this long.</summary>
    public int LeaseSeconds { get; set; } = 900;

    public RetrainTriggerParams Triggers { get; set; } = new();
    public RetrainDataParams Data { get; set; } = new();
    public RetrainGateParams Gate { get; set; } = new();
    public RetrainRolloutParams Rollout { get; set; } = new();
}
