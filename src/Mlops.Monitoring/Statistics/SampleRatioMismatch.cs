using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Sample-ratio-mismatch check: chi-square goodness of fit of the arms' counts against the planned split.</summary>
public static class SampleRatioMismatch
{
    /// <summary><paramref name="weights"/> are the planned shares (normalised here); expected = share × total.</summary>
    public static StatTestResult Test(ReadOnlySpan<long> observed, ReadOnlySpan<double> weights)
    {
        if (observed.Length != weights.Length)
            throw MlopsException.Invalid($"SRM: {observed.Length} arms observed but {weights.Length} weights");
        double total = 0, weightSum = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            if (!(weights[i] > 0) || double.IsInfinity(weights[i]))
                throw MlopsException.Invalid($"SRM: weight {i} = {weights[i]} must be a positive number");
            total += observed[i];
            weightSum += weights[i];
        }
        var observedCounts = new double[observed.Length];
        var expected = new double[observed.Length];
        for (int i = 0; i < observed.Length; i++)
        {
            observedCounts[i] = observed[i];
            expected[i] = weights[i] / weightSum * total;
        }
        return ChiSquareTest.GoodnessOfFit(observedCounts, expected);
    }
}
