namespace Mlops.Core.Predictions;

/// <summary>The outcome of item <paramref name="Index"/> (0-based) of a recording call; <paramref name="Reason"/> is set when rejected.</summary>
public sealed record LabelOutcome(int Index, string PredictionId, LabelStatus Status, string? Reason = null)
{
    public static LabelOutcome Rejected(int index, string predictionId, string reason) => new(index, predictionId, LabelStatus.Rejected, reason);
}
