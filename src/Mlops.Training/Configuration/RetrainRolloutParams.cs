namespace Mlops.Training.Configuration;

/// <summary>`continuous_training.rollout:` — how a candidate that passed the gate reaches traffic.</summary>
public sealed class RetrainRolloutParams
{
    public const string Direct = "direct";
    public const string Shadow = "shadow";
    public const string Ab = "ab";

    public static readonly IReadOnlyList<string> Modes = [Direct, Shadow, Ab];

    /// <summary>direct (the champion alias moves, compare-and-set) | shadow | ab (an A/B test, concluded by its verdict).</summary>
    public string Mode { get; set; } = Direct;

    /// <summary>ab: the candidate's share of traffic.</summary>
    public double CandidateShare { get; set; } = 0.5;

    /// <summary>shadow and ab: the smallest improvement the experiment is sized to detect (accuracy points).</summary>
    public double MinDetectableEffect { get; set; } = 0.05;
}
