namespace Mlops.Inference.Models;

/// <summary>The output of a saved model that callers read: one score per class, in schema.target_classes order.</summary>
public sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
