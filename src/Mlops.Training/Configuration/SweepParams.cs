namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml `sweep:` — how `mlops sweep` scores and ranks its trials, and the ranges `--random N` draws from.
/// No pipeline stage reads it, so changing it makes nothing stale.
/// </summary>
public sealed class SweepParams
{
    /// <summary>The cross-validated metrics a sweep can rank by.</summary>
    public static readonly IReadOnlyList<string> Metrics = ["accuracy", "macro_f1"];

    /// <summary>The section of params.yaml a trial may vary: a trial re-fits the model on the features stage's table.</summary>
    public const string SweptSection = "model.";

    /// <summary>Ranks trials by the mean of this metric over the folds (direction as registry.direction).</summary>
    public string Metric { get; set; } = "accuracy";

    /// <summary>k of the stratified k-fold cross-validation on the training rows (folds drawn from model.seed).</summary>
    public int Folds { get; set; } = 5;

    /// <summary>Seeds the draws of `--random N`.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Trials trained at once; 0: one per processor core.</summary>
    public int Parallelism { get; set; }

    /// <summary>The most trials one sweep may run (a grid's product, or N of --random).</summary>
    public int MaxTrials { get; set; } = 200;

    /// <summary>`--random N`: per dotted params key under model., the range or the values a trial draws from.</summary>
    public Dictionary<string, SweepRangeParams> Space { get; set; } = [];
}
