namespace Mlops.Core.AbTesting;

/// <summary>What an A/B test's analysis concluded about the challenger against the control (the first variant).</summary>
public enum AbVerdict
{
    /// <summary>The challenger's metric is significantly better.</summary>
    ChallengerBetter,

    /// <summary>The challenger's metric is significantly worse.</summary>
    ChallengerWorse,

    /// <summary>The horizon was reached and the difference is not significant.</summary>
    NoSignificantDifference,

    /// <summary>Not enough labelled predictions yet (the horizon is not reached): no verdict may be drawn.</summary>
    Inconclusive,
}
