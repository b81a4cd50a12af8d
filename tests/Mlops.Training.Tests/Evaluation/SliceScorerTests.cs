using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Evaluation;

public sealed class SliceScorerTests
{
    // Rows 0-3 (slice "easy") are all predicted right, rows 4-7 (slice "hard") all wrong; rows 0 and 4 have a near-copy.
    private static EvaluationReport Report()
    {
        string[] classes = ["a", "b"];
        int[] truth = [0, 0, 1, 1, 0, 0, 1, 1];
        int[] predicted = [0, 0, 1, 1, 1, 1, 0, 0];
        var probabilities = predicted.SelectMany(p => p == 0 ? new[] { 0.9f, 0.1f } : [0.1f, 0.9f]).ToArray();
        var metrics = MetricsCalculator.Compute(classes, truth, predicted, probabilities, [[0, 1], [1, 0]]);
        var leakage = new LeakageReport(0.05, 8, 2, 0.25, 0, 0, 0.01, 0.5, 1) { NearestDistances = [0.01, 1, 1, 1, 0.02, 1, 1, 1] };
        return new EvaluationReport(metrics, [], leakage, 1, 42) { Scores = new HeldOutScores(truth, predicted, probabilities) };
    }

    [Fact]
    public void Score_ModelPerfectOnOneSliceAndWrongOnAnother_ShowsBothBesideTheHeadline()
    {
        var report = Report();

        var easy = SliceScorer.Score(report, "easy", [0, 1, 2, 3], minRows: 2);
        var hard = SliceScorer.Score(report, "hard", [4, 5, 6, 7], minRows: 2);

        Assert.Equal(0.5, report.Metrics.Accuracy);
        Assert.Equal((4, 1.0, 1.0, 0.25), (easy.Rows, easy.Accuracy!.Value, easy.MacroF1!.Value, easy.LeakageShare!.Value));
        Assert.Equal((4, 0.0, 0.0, 0.25), (hard.Rows, hard.Accuracy!.Value, hard.MacroF1!.Value, hard.LeakageShare!.Value));
        Assert.Equal(new Dictionary<string, double> { ["a"] = 1, ["b"] = 1 }, easy.Recall);
        Assert.Equal(new Dictionary<string, double> { ["a"] = 0, ["b"] = 0 }, hard.Recall);
    }

    [Fact]
    public void Score_ClassAbsentFromSlice_IsLeftOutOfRecallAndMacroF1()
    {
        var only = SliceScorer.Score(Report(), "a_only", [0, 1], minRows: 1);

        Assert.Equal(["a"], only.Recall.Keys);
        Assert.Equal(1.0, only.MacroF1);
    }

    [Fact]
    public void Score_FewerRowsThanTheMinimum_IsTooSmallAndUnscored()
    {
        var small = SliceScorer.Score(Report(), "small", [0, 4], minRows: 3);
        var empty = SliceScorer.Score(Report(), "empty", [], minRows: 3);

        Assert.True(small.TooSmall);
        Assert.Null(small.Accuracy);
        Assert.Equal(2, small.Rows);
        Assert.True(empty.TooSmall);
        Assert.Equal(0, empty.Rows);
    }

    [Fact]
    public void SlicesJson_ScoredAndTooSmall_WritesFiguresOrTheReason()
    {
        var report = Report();
        var json = MetricsDocument.SlicesJson([SliceScorer.Score(report, "easy", [0, 1, 2, 3], 2), SliceScorer.Score(report, "small", [0], 2)]);

        Assert.Equal(1.0, (double)json["easy"]!["accuracy"]!);
        Assert.Equal(1.0, (double)json["easy"]!["recall"]!["b"]!);
        Assert.True((bool)json["small"]!["too_small"]!);
        Assert.Null(json["small"]!["accuracy"]);
        Assert.Equal(2, (int)json["small"]!["min_rows"]!);
    }
}
