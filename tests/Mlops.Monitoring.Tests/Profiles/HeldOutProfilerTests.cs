using Mlops.Core.Errors;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Tests.Profiles;

public sealed class HeldOutProfilerTests
{
    private static readonly HeldOutMetrics Metrics = new(0.5, 0.4, new Dictionary<string, double> { ["a"] = 1, ["b"] = 0 });

    [Fact]
    public void Build_Scores_CountsPredictionsAndPairsMaxProbabilityWithCorrectness()
    {
        int[] truth = [0, 1, 1];
        int[] predicted = [0, 0, 1];
        float[] probabilities = [0.9f, 0.1f, 0.6f, 0.4f, 0.2f, 0.8f];

        var held = HeldOutProfiler.Build(["a", "b"], truth, predicted, probabilities, Metrics);

        Assert.Equal([2L, 1L], held.PredictedCounts);
        Assert.Equal([0.9f, 0.6f, 0.8f], held.Calibration.Confidence.Select(c => (float)c));
        Assert.Equal([true, false, true], held.Calibration.Correct);
        Assert.Equal(3, held.Rows);
        Assert.Same(Metrics, held.Metrics);
    }

    [Fact]
    public void Build_MoreRowsThanCalibrationBound_KeepsTheBound()
    {
        const int rows = 50;
        var truth = new int[rows];
        var predicted = Enumerable.Range(0, rows).Select(i => i % 2).ToArray();
        var probabilities = Enumerable.Range(0, rows).SelectMany(i => new[] { i / 100f, 1 - (i / 100f) }).ToArray();

        var held = HeldOutProfiler.Build(["a", "b"], truth, predicted, probabilities, Metrics, new ReferenceProfileOptions { CalibrationRows = 10 });

        Assert.Equal(10, held.Calibration.Confidence.Length);
        Assert.Equal(10, held.Calibration.Correct.Length);
        Assert.Equal(rows, held.Rows);
        Assert.Equal(25, held.PredictedCounts[0]);
    }

    [Fact]
    public void Build_ProbabilitiesOfWrongShape_Refused()
    {
        var e = Assert.Throws<MlopsException>(() => HeldOutProfiler.Build(["a", "b"], [0], [0], [1f], Metrics));

        Assert.Contains("1 rows × 2 classes", e.Message);
    }
}
