using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

/// <summary>Regions the fixture does not reach (n &gt; 140): checked against the limit law and for continuity at the seams.</summary>
public sealed class KolmogorovDistributionTests
{
    [Theory]
    [InlineData(1.0, 0.26999967167735456)]
    [InlineData(1.36, 0.049471843)]
    [InlineData(0.8, 0.54414)]
    public void Survival_LargeN_ApproachesKolmogorovsLimit(double z, double limit)
    {
        const int n = 100_000;
        double sf = KolmogorovDistribution.Survival(n, z / Math.Sqrt(n));
        // The finite-n correction is about 0.7/√n of the density scale here.
        Assert.InRange(sf, limit - 0.004, limit + 0.0005);
    }

    [Fact]
    public void Survival_AcrossTheDurbinPelzGoodSeam_IsContinuous()
    {
        const int n = 5_000;
        double seam = Math.Pow(1.4 / n, 2.0 / 3);
        double below = KolmogorovDistribution.Survival(n, seam * (1 - 1e-9)), above = KolmogorovDistribution.Survival(n, seam * (1 + 1e-9));
        Assert.True(Math.Abs(below - above) < 1e-6 * below, $"Durbin {below:R} vs Pelz-Good {above:R}");
    }

    [Fact]
    public void Survival_AcrossTheSmirnovSeam_IsContinuous()
    {
        const int n = 5_000;
        double seam = Math.Sqrt(2.2 / n);
        double below = KolmogorovDistribution.Survival(n, seam * (1 - 1e-9)), above = KolmogorovDistribution.Survival(n, seam * (1 + 1e-9));
        // Doubling the one-sided tail overstates the two-sided one by about 2·exp(−8n·x²) ≈ 2e-6 relative at this seam (SciPy's too).
        Assert.True(Math.Abs(below - above) < 1e-5 * below, $"Pelz-Good {below:R} vs 2*Smirnov {above:R}");
    }

    [Fact]
    public void Survival_IsDecreasingInX()
    {
        foreach (int n in new[] { 7, 60, 141, 990, 20_000 })
        {
            double previous = 1;
            for (double x = 0.001; x < 1; x += 0.001)
            {
                double sf = KolmogorovDistribution.Survival(n, x);
                Assert.True(sf <= previous + 1e-12, $"n={n}: sf({x}) = {sf} rose above {previous}");
                previous = sf;
            }
        }
    }

    [Fact]
    public void TwoSampleExact_LargeSamples_AgreesWithTheAsymptoticForm()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 2_000).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 3_000).Select(_ => random.NextDouble() * 1.04).ToArray();
        var exact = KolmogorovSmirnov.TwoSample(a, b, KsMethod.Exact);
        var asymptotic = KolmogorovSmirnov.TwoSample(a, b, KsMethod.Asymptotic);
        Assert.InRange(exact.PValue / asymptotic.PValue, 0.9, 1.1);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(300)]
    public void OutsideSquare_EqualSizes_AgreesWithTheGeneralLatticeCount(int n)
    {
        for (long h = 1; h <= n; h += Math.Max(1, n / 7))
        {
            double square = TwoSampleExact.OutsideSquare(n, h), band = TwoSampleExact.OutsideBand(n, n, n, h);
            Assert.True(Math.Abs(square - band) <= 1e-12 + 1e-9 * band, $"n={n} h={h}: square {square:R} vs band {band:R}");
        }
    }

    [Fact]
    public void TwoSample_EqualSizesFullySeparated_GivesTwoOverTheBinomial()
    {
        var result = KolmogorovSmirnov.TwoSample([1.0, 2, 3, 4, 5], [6.0, 7, 8, 9, 10], KsMethod.Exact);
        Tolerance.Close(2.0 / 252, result.PValue, "n=m=5, D=1");
    }

    /// <summary>Expected values: exact integer path counts (Python fractions), independent of the floating recursion.</summary>
    [Theory]
    [InlineData(37, 53, 392, 0.29650840777334425)]
    [InlineData(37, 53, 686, 0.006771426413952421)]
    [InlineData(120, 90, 90, 0.002682281913335009)]
    [InlineData(200, 150, 180, 2.741274216249697e-07)]
    [InlineData(211, 157, 14907, 5.533848444074914e-17)]
    public void OutsideBand_UnequalSizes_MatchesExactIntegerCounting(int m, int n, long h, double expected)
    {
        long g = (long)System.Numerics.BigInteger.GreatestCommonDivisor(m, n);
        double actual = TwoSampleExact.OutsideBand(m, n, g, h);
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * expected, $"m={m} n={n} h={h}: expected {expected:R}, got {actual:R}");
    }
}
