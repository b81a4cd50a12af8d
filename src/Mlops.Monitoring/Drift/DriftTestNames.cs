using Mlops.Core.Errors;

namespace Mlops.Monitoring.Drift;

/// <summary>Evidently's short names for the drift tests, used in params.yaml and reports.</summary>
public static class DriftTestNames
{
    public static string Name(DriftTest test) => test switch
    {
        DriftTest.KolmogorovSmirnov => "ks",
        DriftTest.ChiSquare => "chisquare",
        DriftTest.ProportionZ => "z",
        DriftTest.WassersteinNormed => "wasserstein",
        DriftTest.JensenShannon => "jensenshannon",
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    public static DriftTest Parse(string name, string field) => name.Trim().ToLowerInvariant() switch
    {
        "ks" => DriftTest.KolmogorovSmirnov,
        "chisquare" => DriftTest.ChiSquare,
        "z" => DriftTest.ProportionZ,
        "wasserstein" => DriftTest.WassersteinNormed,
        "jensenshannon" => DriftTest.JensenShannon,
        _ => throw MlopsException.Invalid(
            $"{field}: unknown drift test '{name}'; use one of ks, chisquare, z, wasserstein, jensenshannon"),
    };

    /// <summary>True for the tests whose score is a p-value (drift when small), false for distances (drift when large).</summary>
    public static bool IsPValueTest(DriftTest test) =>
        test is DriftTest.KolmogorovSmirnov or DriftTest.ChiSquare or DriftTest.ProportionZ;
}
