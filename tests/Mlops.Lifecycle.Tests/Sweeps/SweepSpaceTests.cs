using Mlops.Core.Errors;
using Mlops.Lifecycle.Sweeps;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Sweeps;

public sealed class SweepSpaceTests
{
    private static readonly SweepParams Space = new()
    {
        Space = new()
        {
            ["model.lightgbm.num_leaves"] = new SweepRangeParams { Min = 4, Max = 64, Integer = true },
            ["model.lightgbm.learning_rate"] = new SweepRangeParams { Min = 0.03, Max = 0.3, Log = true },
            ["model.trainer"] = new SweepRangeParams { Values = ["lightgbm", "fasttree"] },
        },
    };

    [Fact]
    public void Grid_TwoKeys_EveryCombinationFirstKeySlowest()
    {
        var trials = SweepSpace.Grid(["model.trainer=lightgbm,fasttree", "model.lightgbm.num_leaves=15, 31,63"], 200);

        Assert.Equal(6, trials.Count);
        Assert.Equal(Enumerable.Range(1, 6), trials.Select(t => t.Number));
        Assert.Equal(["model.trainer=lightgbm", "model.lightgbm.num_leaves=15"], trials[0].Overrides);
        Assert.Equal(["model.trainer=lightgbm", "model.lightgbm.num_leaves=31"], trials[1].Overrides);
        Assert.Equal(["model.trainer=fasttree", "model.lightgbm.num_leaves=63"], trials[5].Overrides);
    }

    [Theory]
    [InlineData("model.trainer", "expected KEY=V1,V2")]
    [InlineData("model.trainer=a,,b", "no empty value")]
    [InlineData("split.seed=1,2", "a sweep varies only keys under model.")]
    public void Grid_BadOption_NamesTheOptionAndRule(string option, string expected)
    {
        var e = Assert.Throws<MlopsException>(() => SweepSpace.Grid([option], 200));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Grid_LargerThanMaxTrials_IsRefused()
    {
        var e = Assert.Throws<MlopsException>(() => SweepSpace.Grid(["model.seed=1,2,3", "model.lightgbm.num_leaves=4,8"], 5));

        Assert.Contains("the grid has 6 combinations, more than sweep.max_trials (5)", e.Message);
    }

    [Fact]
    public void Random_SameSeed_SameTrials()
    {
        var first = SweepSpace.Random(Space, 20, seed: 7);
        var second = SweepSpace.Random(Space, 20, seed: 7);

        Assert.Equal(first.Select(t => string.Join(" ", t.Overrides)), second.Select(t => string.Join(" ", t.Overrides)));
    }

    [Fact]
    public void Random_OtherSeed_OtherTrials()
    {
        var first = SweepSpace.Random(Space, 20, seed: 7);
        var other = SweepSpace.Random(Space, 20, seed: 8);

        Assert.NotEqual(first.Select(t => string.Join(" ", t.Overrides)), other.Select(t => string.Join(" ", t.Overrides)));
    }

    [Fact]
    public void Random_ManyDraws_StayInTheirRangesAndKinds()
    {
        var trials = SweepSpace.Random(Space, 200, seed: 1);

        var leaves = trials.Select(t => int.Parse(Value(t, "model.lightgbm.num_leaves"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var rates = trials.Select(t => double.Parse(Value(t, "model.lightgbm.learning_rate"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(leaves, l => Assert.InRange(l, 4, 64));
        Assert.Contains(4, leaves);
        Assert.Contains(64, leaves);
        Assert.All(rates, r => Assert.InRange(r, 0.03, 0.3));
        // Log-uniform: about half the draws fall below the geometric mean of the bounds (0.095), not a fifth as uniform would.
        Assert.InRange(rates.Count(r => r < Math.Sqrt(0.03 * 0.3)), 70, 130);
        Assert.Equal(["fasttree", "lightgbm"], trials.Select(t => Value(t, "model.trainer")).Distinct().Order());
    }

    [Fact]
    public void Random_NoSpaceDeclared_SaysWhereToDeclareIt()
    {
        var e = Assert.Throws<MlopsException>(() => SweepSpace.Random(new SweepParams(), 3, seed: 1));

        Assert.Contains("sweep.space", e.Message);
    }

    private static string Value(SweepTrial trial, string key) => trial.Assignments.Single(a => a.Key == key).Value;
}
