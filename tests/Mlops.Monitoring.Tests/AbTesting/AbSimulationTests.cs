using Mlops.Core.AbTesting;
using Mlops.Monitoring.AbTesting;
using Mlops.Monitoring.Statistics;
using Xunit.Abstractions;

namespace Mlops.Monitoring.Tests.AbTesting;

/// <summary>
/// Seeded simulations of whole experiments on counts (no records, so they stay fast). Accuracy 0.9 and an MDE of 0.05;
/// the horizon is the contract's: ceil(SampleSize.PerArm(baseline, baseline + MDE)) = 424 per variant.
/// </summary>
public sealed class AbSimulationTests(ITestOutputHelper output)
{
    private const int Experiments = 500;
    private const int LookEvery = 100;
    private const double Accuracy = 0.9;
    private const double Mde = 0.05;
    private static readonly int Horizon = AbHorizonPlan.RequiredPerVariant(Accuracy, Mde);

    [Fact]
    public void AaExperiments_AnalystLooksEvery100_FalsePositivesAtMost6point5Percent()
    {
        var significant = SignificantAtAnyLook(AbTestFactory.Test(Horizon), seed: 13);

        output.WriteLine($"guarded A/A: {significant} of {Experiments} significant");
        Assert.Equal(424, Horizon);
        Assert.True(significant <= 0.065 * Experiments, $"{significant} of {Experiments} A/A experiments gave a significant verdict");
    }

    /// <summary>The negative control: the same looks read as plain z-tests (a horizon of 1 is no guard) stop on noise.</summary>
    [Fact]
    public void AaExperiments_SameLooksWithoutTheGuard_FalsePositivesExceed6point5Percent()
    {
        var significant = SignificantAtAnyLook(AbTestFactory.Test(requiredPerVariant: 1), seed: 13);

        output.WriteLine($"unguarded A/A: {significant} of {Experiments} significant");
        Assert.True(significant > 0.065 * Experiments, $"only {significant} of {Experiments} unguarded A/A experiments were significant");
    }

    /// <summary>
    /// Power, not the 95%: at the sample size computed for power 0.8 about 80% of experiments detect the drop
    /// (within 3 standard errors of 0.8 over 500). The horizon here is the one for 0.9 against 0.85.
    /// </summary>
    [Fact]
    public void ChallengerWorseByTheMde_AtItsComputedHorizon_DeclaredWorseInAbout80Percent()
    {
        var horizon = (int)SampleSize.PerArmCeiling(Accuracy, Accuracy - Mde);
        var test = AbTestFactory.Test(horizon);
        var random = new Random(21);
        int worse = 0, better = 0;
        for (var e = 0; e < Experiments; e++)
        {
            var report = AbAnalysis.Analyze(test, AbTestFactory.Counts(horizon, Successes(random, horizon, Accuracy), horizon,
                Successes(random, horizon, Accuracy - Mde)));
            worse += report.Verdict == AbVerdict.ChallengerWorse ? 1 : 0;
            better += report.Verdict == AbVerdict.ChallengerBetter ? 1 : 0;
        }

        output.WriteLine($"power at n = {horizon}: {worse} of {Experiments} declared worse");
        Assert.Equal(681, horizon);
        Assert.Equal(0, better);
        var power = (double)worse / Experiments;
        Assert.InRange(power, 0.8 - 0.054, 0.8 + 0.054);
    }

    [Fact]
    public void BrokenSplit55To45_At3000Requests_FlaggedInAtLeast95PercentOfSeeds()
    {
        var flagged = SrmFlagged(share: 0.55, seeds: 200);

        output.WriteLine($"55/45: flagged in {flagged} of 200");
        Assert.True(flagged >= 190, $"SRM flagged in {flagged} of 200 seeds");
    }

    /// <summary>The check's false-alarm rate is its threshold, 0.1%: at most 3 of 1000 fair splits (1 expected).</summary>
    [Fact]
    public void FairSplit_At3000Requests_NotFlaggedInAtLeast99point7PercentOfSeeds()
    {
        var flagged = SrmFlagged(share: 0.5, seeds: 1000);

        output.WriteLine($"50/50: flagged in {flagged} of 1000");
        Assert.True(flagged <= 3, $"SRM flagged in {flagged} of 1000 fair seeds");
    }

    /// <summary>The real assignment: 10,000 unit keys hashed by VariantAssigner fit a 50/50 and a 90/10 split.</summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void VariantAssignerUnits_10000Keys_SrmNotFlagged(double controlShare)
    {
        var test = AbTestFactory.Test(Horizon, controlShare: controlShare);
        var control = Enumerable.Range(0, 10_000).Count(i => VariantAssigner.Assign(test, $"user-{i}").Name == "champion");
        var observations = new AbObservations(
            [new VariantObservation("champion", control, 0, 0), new VariantObservation("challenger", 10_000 - control, 0, 0)], []);

        var srm = AbAnalysis.Analyze(test, observations).SampleRatio!;

        Assert.False(srm.Flagged, $"{control} of 10000 to the control: p = {srm.PValue}");
    }

    private static int SignificantAtAnyLook(AbTest test, int seed)
    {
        var random = new Random(seed);
        var significant = 0;
        for (var e = 0; e < Experiments; e++)
        {
            long n = 0, control = 0, challenger = 0;
            foreach (var look in Looks())
            {
                control += Successes(random, look - n, Accuracy);
                challenger += Successes(random, look - n, Accuracy);
                n = look;
                var verdict = AbAnalysis.Analyze(test, AbTestFactory.Counts(n, control, n, challenger)).Verdict;
                if (verdict is AbVerdict.ChallengerBetter or AbVerdict.ChallengerWorse)
                {
                    significant++;
                    break;
                }
            }
        }
        return significant;
    }

    /// <summary>Every 100 labelled predictions per variant, and the horizon itself as the last look.</summary>
    private static IEnumerable<int> Looks()
    {
        for (var look = LookEvery; look < Horizon; look += LookEvery)
        {
            yield return look;
        }
        yield return Horizon;
    }

    private static int SrmFlagged(double share, int seeds)
    {
        const int Requests = 3000;
        var test = AbTestFactory.Test(Horizon);
        var flagged = 0;
        for (var seed = 0; seed < seeds; seed++)
        {
            var control = Successes(new Random(1000 + seed), Requests, share);
            var observations = new AbObservations(
                [new VariantObservation("champion", control, 0, 0), new VariantObservation("challenger", Requests - control, 0, 0)], []);
            flagged += AbAnalysis.Analyze(test, observations).SampleRatio!.Flagged ? 1 : 0;
        }
        return flagged;
    }

    private static long Successes(Random random, long trials, double p)
    {
        long successes = 0;
        for (long i = 0; i < trials; i++)
        {
            successes += random.NextDouble() < p ? 1 : 0;
        }
        return successes;
    }
}
