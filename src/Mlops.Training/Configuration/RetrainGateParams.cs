namespace Mlops.Training.Configuration;

/// <summary>`continuous_training.gate:` — the candidate and the champion scored on the same two sets.</summary>
public sealed class RetrainGateParams
{
    /// <summary>The headline metrics the evaluate stage writes to metrics.json: the ones a gate can compare.</summary>
    public static readonly IReadOnlyList<string> Metrics =
    [
        "accuracy", "macro_precision", "macro_recall", "macro_f1", "weighted_precision", "weighted_recall", "weighted_f1",
        "log_loss", "business_cost",
    ];

    /// <summary>The metric compared on the new holdout (direction as registry.direction: auto knows log_loss and business_cost).</summary>
    public string Metric { get; set; } = "accuracy";

    /// <summary>The candidate must beat the champion on the new holdout by at least this; a tie never promotes.</summary>
    public double MinMargin { get; set; }

    /// <summary>And may be worse than the champion on the original held-out set by at most this (same metric).</summary>
    public double MaxOriginalDrop { get; set; } = 0.05;
}
