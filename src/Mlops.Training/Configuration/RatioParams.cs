namespace Mlops.Training.Configuration;

/// <summary><c>numerator / denominator^denominator_power</c> of two numeric schema columns.</summary>
public sealed class RatioParams
{
    public string Numerator { get; set; } = "";
    public string Denominator { get; set; } = "";
    public int DenominatorPower { get; set; } = 1;
}
