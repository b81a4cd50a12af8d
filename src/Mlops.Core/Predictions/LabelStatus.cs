namespace Mlops.Core.Predictions;

/// <summary>What recording one label did.</summary>
public enum LabelStatus
{
    /// <summary>The prediction had no label; now it has this one.</summary>
    Accepted,

    /// <summary>The prediction's earlier label was replaced (its first received time is kept).</summary>
    Replaced,

    /// <summary>Nothing was stored; <see cref="LabelOutcome.Reason"/> says why.</summary>
    Rejected,
}
