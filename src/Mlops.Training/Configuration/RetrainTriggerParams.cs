namespace Mlops.Training.Configuration;

/// <summary>`continuous_training.triggers:` — each one is evaluated on every tick; any one firing starts a retrain.</summary>
public sealed class RetrainTriggerParams
{
    /// <summary>A cron expression (five fields, UTC; Cronos): fires when an occurrence has passed since the last training. Null: off.</summary>
    public string? Schedule { get; set; }

    /// <summary>Fires when at least this many predictions were labelled since the last training. 0: off.</summary>
    public int NewLabels { get; set; } = 500;

    /// <summary>Fires when the monitoring report of the window finds dataset drift.</summary>
    public bool Drift { get; set; } = true;

    /// <summary>Predictions in the drift and performance window (the newest this many; default monitoring.window).</summary>
    public int? Window { get; set; }

    /// <summary>Fires when labelled accuracy's Wilson upper bound (at 1 - monitoring.performance.alpha) is below this. Null: off.</summary>
    public double? MinAccuracy { get; set; }

    /// <summary>
    /// Fires when labelled accuracy is below the reference's held-out accuracy by more than this and the Wilson interval
    /// excludes the reference. Null: off.
    /// </summary>
    public double? MaxAccuracyDrop { get; set; } = 0.05;

    /// <summary>Fewer labelled predictions in the window never fire the performance trigger.</summary>
    public int MinLabels { get; set; } = 100;
}
