using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class SweepParamsTests
{
    private const string SectionStart = "\nsweep:";

    private static string WithoutSection()
    {
        var text = RepoFiles.ParamsText;
        var start = text.IndexOf(SectionStart, StringComparison.Ordinal);
        Assert.True(start > 0, "params.yaml has a sweep section");
        var end = text.IndexOf("\n\n", start + 1, StringComparison.Ordinal) is var e and > 0 ? e : text.Length;
        return text[..start] + "\n" + text[end..];
    }

    private static string LoadFails(string body)
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(WithoutSection() + "\nsweep:\n" + body));
        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        return e.Message;
    }

    [Fact]
    public void Load_SectionAbsent_GivesTheDocumentedDefaults()
    {
        var s = ParamsLoader.Load(WithoutSection()).Sweep;

        Assert.Equal("accuracy", s.Metric);
        Assert.Equal(5, s.Folds);
        Assert.Equal(42, s.Seed);
        Assert.Equal(0, s.Parallelism);
        Assert.Equal(200, s.MaxTrials);
        Assert.Empty(s.Space);
    }

    [Fact]
    public void Load_BundledParams_ReadsTheSpace()
    {
        var s = ParamsLoader.Load(RepoFiles.ParamsText).Sweep;

        var leaves = s.Space["model.lightgbm.num_leaves"];
        Assert.True(leaves.Integer);
        Assert.Equal(4, leaves.Min);
        Assert.Equal(64, leaves.Max);
        Assert.True(s.Space["model.lightgbm.learning_rate"].Log);
        Assert.Equal(["5", "10", "20"], s.Space["model.lightgbm.min_data_per_leaf"].Values);
    }

    [Theory]
    [InlineData("  folds: 1\n", "sweep.folds must be at least 2")]
    [InlineData("  metric: log_loss\n", "sweep.metric must be one of accuracy | macro_f1, got 'log_loss'")]
    [InlineData("  parallelism: -1\n", "sweep.parallelism must be >= 0")]
    [InlineData("  max_trials: 0\n", "sweep.max_trials must be at least 1")]
    [InlineData("  space:\n    split.seed: { values: [1, 2] }\n", "sweep.space.split.seed: a sweep varies only keys under model.")]
    [InlineData("  space:\n    model.seed: { min: 5, max: 5 }\n", "sweep.space.model.seed.min must be below max, got min 5 and max 5")]
    [InlineData("  space:\n    model.seed: { min: 1 }\n", "sweep.space.model.seed needs values: [...] or both min and max")]
    [InlineData("  space:\n    model.seed: { values: [1], min: 1, max: 2 }\n", "sweep.space.model.seed: give either values or min/max, not both")]
    [InlineData("  space:\n    model.seed: { values: [] }\n", "sweep.space.model.seed.values must list at least one value")]
    [InlineData("  space:\n    model.sdca.l2_regularization: { min: 0, max: 1, log: true }\n", "sweep.space.model.sdca.l2_regularization.min must be > 0 with log: true, got 0")]
    [InlineData("  space:\n    model.seed: { min: 1.5, max: 9, integer: true }\n", "integer: true needs whole-number bounds, got min 1.5 and max 9")]
    [InlineData("  space:\n    model.seed: { low: 1 }\n", "unknown key 'sweep.space.model.seed.low'")]
    public void Load_BadSweepValue_NamesTheKeyAndRule(string body, string expected)
    {
        Assert.Contains(expected, LoadFails(body));
    }
}
