using Mlops.Core.Errors;
using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Tests.Drift.Simulation;
using Xunit.Abstractions;

namespace Mlops.Monitoring.Tests.Performance;

public sealed class ConfidenceCalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void Fit_ViolatingSequence_PoolsAdjacentBlocksAndInterpolates()
    {
        var calibration = ConfidenceCalibration.Fit([0.1, 0.2, 0.3, 0.4, 0.5], [true, false, true, false, true]);
        Assert.Equal(0.5, calibration.Calibrate(0.15), 12);
        Assert.Equal(0.5, calibration.Calibrate(0.35), 12);
        Assert.Equal(0.75, calibration.Calibrate(0.45), 12);
        Assert.Equal(0.5, calibration.Calibrate(0.0));
        Assert.Equal(1.0, calibration.Calibrate(0.9));
    }

    [Fact]
    public void Fit_TiedConfidences_AveragesTheirOutcomes()
    {
        var calibration = ConfidenceCalibration.Fit([0.6, 0.6, 0.6, 0.6, 0.9], [true, false, false, true, true]);
        Assert.Equal(0.5, calibration.Calibrate(0.6), 12);
        Assert.Equal(0.75, calibration.Calibrate(0.75), 12);
    }

    [Fact]
    public void FromKnots_StoredKnots_RebuildTheSameMap()
    {
        var fitted = ConfidenceCalibration.Fit([0.3, 0.5, 0.55, 0.8, 0.95, 1.0], [false, true, false, true, true, true]);
        var rebuilt = ConfidenceCalibration.FromKnots(fitted.Confidences, fitted.Accuracies);
        foreach (double x in new[] { 0.0, 0.4, 0.52, 0.7, 0.99 })
            Assert.Equal(fitted.Calibrate(x), rebuilt.Calibrate(x));
    }

    [Fact]
    public void FromKnots_DecreasingAccuracy_IsRejectedNamingTheKnot()
    {
        var error = Assert.Throws<MlopsException>(() => ConfidenceCalibration.FromKnots([0.2, 0.6], [0.9, 0.4]));
        Assert.Contains("knot 1", error.Message);
    }

    [Fact]
    public void Fit_ConfidenceAboveOne_IsRejectedNamingTheRow()
    {
        var error = Assert.Throws<MlopsException>(() => ConfidenceCalibration.Fit([0.5, 1.2], [true, false]));
        Assert.Contains("row 1 has confidence 1.2", error.Message);
    }

    /// <summary>
    /// Calibrate on leave-one-out predictions of the training rows (rows the windows never contain), then estimate
    /// 500-row windows drawn from the held-out rows: the estimate must track the realised accuracy when nothing drifts.
    /// </summary>
    [Fact]
    public void EstimateAccuracy_HeldOutWindowsWithoutDrift_StaysWithinAFewPointsOfRealisedAccuracy()
    {
        var data = ObesityData.Shared;
        var model = new NearestNeighbours(data, data.TrainRows, k: 15);
        var predictions = data.TrainRows.Concat(data.TestRows).ToDictionary(r => r, model.Predict);
        var calibrationRows = data.TrainRows;
        var evaluationRows = data.TestRows;
        var calibration = ConfidenceCalibration.Fit(
            [.. calibrationRows.Select(r => predictions[r].Confidence)],
            [.. calibrationRows.Select(r => predictions[r].Predicted == data.Label(r))]);
        double worst = 0, totalError = 0;
        const int windows = 50;
        for (int seed = 0; seed < windows; seed++)
        {
            var window = ObesityData.Sample(evaluationRows, 500, new Random(seed));
            double estimated = calibration.EstimateAccuracy([.. window.Select(r => predictions[r].Confidence)]);
            double realised = window.Count(r => predictions[r].Predicted == data.Label(r)) / 500.0;
            worst = Math.Max(worst, Math.Abs(estimated - realised));
            totalError += Math.Abs(estimated - realised);
        }
        double heldOutAccuracy = evaluationRows.Count(r => predictions[r].Predicted == data.Label(r)) / (double)evaluationRows.Length;
        output.WriteLine($"k-NN held-out accuracy {heldOutAccuracy:0.000}; CBPE over {windows} windows: mean |estimate - realised| " +
            $"{totalError / windows:0.0000}, worst {worst:0.0000}");
        Assert.True(totalError / windows <= 0.03, $"mean CBPE error {totalError / windows:0.0000} is above 3 points");
        Assert.True(worst <= 0.06, $"worst CBPE error {worst:0.0000} is above 6 points");
    }
}
