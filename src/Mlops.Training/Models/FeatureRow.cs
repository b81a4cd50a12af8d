namespace Mlops.Training.Models;

/// <summary>The input row of a saved model: one float vector named Features.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
