namespace Mlops.Core.Predictions;

/// <summary>One input column of a logged prediction: numeric when <paramref name="Categories"/> is null, else the index into it.</summary>
public sealed record PredictionInput(string Name, IReadOnlyList<string>? Categories = null)
{
    public bool IsNumeric => Categories is null;
}
