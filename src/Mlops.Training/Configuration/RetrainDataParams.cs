namespace Mlops.Training.Configuration;

/// <summary>`continuous_training.data:` — the rows a retrain trains on, and the holdout it never trains on.</summary>
public sealed class RetrainDataParams
{
    public const string OriginalPlusFeedback = "original+feedback";
    public const string FeedbackOnly = "feedback_only";

    public static readonly IReadOnlyList<string> RowChoices = [OriginalPlusFeedback, FeedbackOnly];

    /// <summary>original+feedback (the original training rows and the labelled predictions) | feedback_only.</summary>
    public string Rows { get; set; } = OriginalPlusFeedback;

    /// <summary>Only the newest this many labelled predictions are used (holdout included). 0: all.</summary>
    public int RecentLabels { get; set; }

    /// <summary>
    /// Recency weights: a labelled row's weight halves every this many days of age (original rows weigh as the oldest
    /// label). 0: every row weighs 1.
    /// </summary>
    public double HalfLifeDays { get; set; }

    /// <summary>The newest share of the labelled predictions kept out of training: the gate's new holdout.</summary>
    public double HoldoutFraction { get; set; } = 0.2;

    /// <summary>A retrain with fewer holdout rows than this is not attempted (the gate could not judge it).</summary>
    public int MinHoldoutRows { get; set; } = 50;

    /// <summary>How many of <paramref name="labelled"/> usable labelled rows form the holdout: holdout_fraction of them, rounded up.</summary>
    public int HoldoutRowsOf(int labelled) =>
        labelled <= 0 ? 0 : Math.Min(labelled, (int)Math.Ceiling(labelled * HoldoutFraction - 1e-9));
}
