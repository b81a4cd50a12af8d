namespace Mlops.Inference.Models;

/// <summary>The output of a saved regression model: the predicted number.</summary>
public sealed class ValueRow
{
    public float Score { get; set; }
}
