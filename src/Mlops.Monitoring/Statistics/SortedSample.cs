using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>A sorted copy of a sample for the ECDF-based statistics, refusing NaN and infinities by position.</summary>
internal static class SortedSample
{
    /// <param name="what">Names the sample in the error, e.g. "drift column 'x'".</param>
    public static double[] Of(ReadOnlySpan<double> values, string what = "sample")
    {
        var copy = values.ToArray();
        for (int i = 0; i < copy.Length; i++)
            if (!double.IsFinite(copy[i]))
                throw MlopsException.Invalid($"{what}: row {i} is {copy[i]}; statistics need finite numbers");
        Array.Sort(copy);
        return copy;
    }
}
