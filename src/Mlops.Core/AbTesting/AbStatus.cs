namespace Mlops.Core.AbTesting;

/// <summary>Where an A/B test is in its life: only a running test routes traffic.</summary>
public enum AbStatus
{
    Running,

    /// <summary>Stopped by a user before a verdict: traffic is back on the model's usual alias; it can still be concluded.</summary>
    Stopped,

    /// <summary>Closed with a verdict (<see cref="AbTest.Conclusion"/>).</summary>
    Concluded,
}
