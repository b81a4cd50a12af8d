using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class ContinuousTrainingParamsTests
{
    private const string SectionStart = "\ncontinuous_training:";

    private static string WithoutSection()
    {
        var text = RepoFiles.ParamsText;
        var start = text.IndexOf(SectionStart, StringComparison.Ordinal);
        Assert.True(start > 0, "params.yaml has a continuous_training section");
        return text[..start] + "\n";
    }

    private static string WithSection(string body) => WithoutSection() + "continuous_training:\n" + body;

    private static string LoadFails(string body)
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(WithSection(body)));
        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        return e.Message;
    }

    [Fact]
    public void Load_SectionAbsent_GivesTheDocumentedDefaults()
    {
        var c = ParamsLoader.Load(WithoutSection()).ContinuousTraining;

        Assert.Equal("continuous-training", c.Experiment);
        Assert.Equal(60, c.TickSeconds);
        Assert.Equal(900, c.LeaseSeconds);
        Assert.Null(c.Triggers.Schedule);
        Assert.Equal(500, c.Triggers.NewLabels);
        Assert.True(c.Triggers.Drift);
        Assert.Null(c.Triggers.Window);
        Assert.Null(c.Triggers.MinAccuracy);
        Assert.Equal(0.05, c.Triggers.MaxAccuracyDrop);
        Assert.Equal(100, c.Triggers.MinLabels);
        Assert.Equal(RetrainDataParams.OriginalPlusFeedback, c.Data.Rows);
        Assert.Equal(0, c.Data.RecentLabels);
        Assert.Equal(0.2, c.Data.HoldoutFraction);
        Assert.Equal(50, c.Data.MinHoldoutRows);
        Assert.Equal("accuracy", c.Gate.Metric);
        Assert.Equal(0.05, c.Gate.MaxOriginalDrop);
        Assert.Equal(RetrainRolloutParams.Direct, c.Rollout.Mode);
        Assert.Equal(0.5, c.Rollout.CandidateShare);
    }

    [Fact]
    public void Load_BundledParams_EqualsTheDefaultsKeyForKey()
    {
        var bundled = ParamsLoader.Load(RepoFiles.ParamsText).ContinuousTraining;
        var defaults = ParamsLoader.Load(WithoutSection()).ContinuousTraining;

        Assert.Equivalent(defaults, bundled, strict: true);
    }

    [Fact]
    public void Load_EveryKeySet_ReadsThem()
    {
        var c = ParamsLoader.Load(WithSection("""
              experiment: ct
              tick_seconds: 5
              lease_seconds: 30
              triggers: { schedule: "0 3 * * 1", new_labels: 0, drift: false, window: 800, min_accuracy: 0.8, max_accuracy_drop: null, min_labels: 40 }
              data: { rows: feedback_only, recent_labels: 1000, half_life_days: 0, holdout_fraction: 0.25, min_holdout_rows: 20 }
              gate: { metric: log_loss, min_margin: 0.01, max_original_drop: 0.1 }
              rollout: { mode: ab, candidate_share: 0.3, min_detectable_effect: 0.02 }
            """)).ContinuousTraining;

        Assert.Equal("0 3 * * 1", c.Triggers.Schedule);
        Assert.Equal(800, c.Triggers.Window);
        Assert.Null(c.Triggers.MaxAccuracyDrop);
        Assert.Equal(0.8, c.Triggers.MinAccuracy);
        Assert.Equal(RetrainDataParams.FeedbackOnly, c.Data.Rows);
        Assert.Equal(250, c.Data.HoldoutRowsOf(c.Data.RecentLabels));
        Assert.Equal("log_loss", c.Gate.Metric);
        Assert.Equal(RetrainRolloutParams.Ab, c.Rollout.Mode);
    }

    [Fact]
    public void Load_UnknownKey_NamesItsPath()
    {
        Assert.Contains("unknown key 'continuous_training.triggers.drfit'", LoadFails("  triggers: { drfit: true }\n"));
    }

    [Fact]
    public void Load_WrongType_NamesTheKeyAndValue()
    {
        Assert.Contains("key 'continuous_training.tick_seconds' must be an integer, got 'soon'", LoadFails("  tick_seconds: soon\n"));
    }

    [Theory]
    [InlineData("  experiment: \"\"\n", "continuous_training.experiment must not be empty")]
    [InlineData("  tick_seconds: 0\n", "continuous_training.tick_seconds must be >= 1, got 0")]
    [InlineData("  lease_seconds: 9\n", "continuous_training.lease_seconds must be >= 10, got 9")]
    [InlineData("  tick_seconds: 120\n  lease_seconds: 120\n", "continuous_training.lease_seconds must be greater than continuous_training.tick_seconds (120), got 120")]
    [InlineData("  triggers: { schedule: \"0 3 * *\" }\n", "continuous_training.triggers.schedule must be a five-field cron expression (minute hour day-of-month month day-of-week, UTC), got '0 3 * *': it has 4 fields")]
    [InlineData("  triggers: { schedule: \"0 0 3 * * 1\" }\n", "got '0 0 3 * * 1': it has 6 fields")]
    [InlineData("  triggers: { schedule: \"61 3 * * 1\" }\n", "continuous_training.triggers.schedule must be a five-field cron expression")]
    [InlineData("  triggers: { new_labels: -1 }\n", "continuous_training.triggers.new_labels must be >= 0 (0: off), got -1")]
    [InlineData("  triggers: { window: 0 }\n", "continuous_training.triggers.window must be >= 1 (or absent: monitoring.window), got 0")]
    [InlineData("  triggers: { min_accuracy: 1 }\n", "continuous_training.triggers.min_accuracy must be in (0, 1), got 1")]
    [InlineData("  triggers: { max_accuracy_drop: 0 }\n", "continuous_training.triggers.max_accuracy_drop must be in (0, 1), got 0")]
    [InlineData("  triggers: { min_labels: 0 }\n", "continuous_training.triggers.min_labels must be >= 1, got 0")]
    [InlineData("  data: { rows: feedback }\n", "continuous_training.data.rows must be one of original+feedback | feedback_only, got 'feedback'")]
    [InlineData("  data: { recent_labels: -5 }\n", "continuous_training.data.recent_labels must be >= 0 (0: all), got -5")]
    [InlineData("  data: { half_life_days: -1 }\n", "continuous_training.data.half_life_days must be >= 0 (0: every row weighs 1), got -1")]
    [InlineData("  data: { half_life_days: 7 }\n", "continuous_training.data.half_life_days = 7 is not supported yet")]
    [InlineData("  data: { holdout_fraction: 1 }\n", "continuous_training.data.holdout_fraction must be in (0, 1), got 1")]
    [InlineData("  data: { min_holdout_rows: 0 }\n", "continuous_training.data.min_holdout_rows must be >= 1, got 0")]
    [InlineData("  data: { recent_labels: 100 }\n", "continuous_training.data.recent_labels = 100 leaves at most 20 holdout rows (holdout_fraction 0.2), fewer than min_holdout_rows 50")]
    [InlineData("  gate: { metric: f1 }\n", "continuous_training.gate.metric must be one of accuracy | macro_precision")]
    [InlineData("  gate: { min_margin: -0.1 }\n", "continuous_training.gate.min_margin must be >= 0, got -0.1")]
    [InlineData("  gate: { max_original_drop: -0.1 }\n", "continuous_training.gate.max_original_drop must be >= 0, got -0.1")]
    [InlineData("  rollout: { mode: canary }\n", "continuous_training.rollout.mode must be one of direct | shadow | ab, got 'canary'")]
    [InlineData("  rollout: { candidate_share: 0 }\n", "continuous_training.rollout.candidate_share must be in (0, 1), got 0")]
    [InlineData("  rollout: { min_detectable_effect: 1.5 }\n", "continuous_training.rollout.min_detectable_effect must be in (0, 1), got 1.5")]
    public void Load_RuleBroken_NamesKeyValueAndRule(string body, string expected)
    {
        Assert.Contains(expected, LoadFails(body));
    }

    [Fact]
    public void HoldoutRowsOf_FractionOfCount_RoundsUpWithoutFloatingNoise()
    {
        var data = new RetrainDataParams { HoldoutFraction = 0.2 };

        Assert.Equal(20, data.HoldoutRowsOf(100));
        Assert.Equal(1, data.HoldoutRowsOf(1));
        Assert.Equal(3, data.HoldoutRowsOf(11));
        Assert.Equal(0, data.HoldoutRowsOf(0));
    }
}
