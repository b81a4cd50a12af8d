namespace Mlops.Training.Configuration;

/// <summary><c>numerator / denominator^denominator_power</c> of two numeric schema columns.</summary>
public sealed class RatioParams
{
    public string Numerator { get; init; } = "";
    public string Denominator { get; init; } = "";
    public int DenominatorPower { get; init; } = 1;
}
