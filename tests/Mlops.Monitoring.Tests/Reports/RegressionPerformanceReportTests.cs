using Mlops.Core.Errors;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;
using Mlops.Monitoring.Tests.Profiles;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class RegressionPerformanceReportTests
{
    /// <summary>A regression model's profile whose 400 held-out predictions are N(10, 3) (seed 1), with RMSE 1.5 and MAE 1.2.</summary>
    internal static ReferenceProfile RegressionProfile()
    {
        var builder = new ReferenceProfileBuilder(400);
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, 400, [builder.Numeric("x", Normal(400, 0, 1, seed: 3))], null)
        {
            Regression = new RegressionHeldOut(400, 1.5, 1.2, builder.Numeric("prediction", Normal(400, 10, 3, seed: 1)).Numeric!),
        };
    }

    private static RegressionHeldOut Held => RegressionProfile().Regression!;

    [Fact]
    public void PredictionDrift_PredictionsLikeTheHeldOutOnes_NoDrift()
    {
        var drift = RegressionPerformanceReport.PredictionDrift(Held, Normal(200, 10, 3, seed: 2));

        Assert.Equal(DriftTest.KolmogorovSmirnov, drift.Test);
        Assert.False(drift.Detected, $"p = {drift.PValue}");
    }

    [Fact]
    public void PredictionDrift_PredictionsShiftedByOneStd_DetectsDrift()
    {
        var drift = RegressionPerformanceReport.PredictionDrift(Held, Normal(200, 13, 3, seed: 2));

        Assert.True(drift.Detected, $"p = {drift.PValue}");
        Assert.Equal(DriftAnalysis.PredictionFeature, drift.Feature);
    }

    [Fact]
    public void PredictionDrift_NoFiniteValue_NotFound()
    {
        var e = Assert.Throws<MlopsException>(() => RegressionPerformanceReport.PredictionDrift(Held, [double.NaN]));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, e.Code);
    }

    [Fact]
    public void Compute_LabelledPredictions_RmseAndMaeBesideTheHeldOutOnes()
    {
        // Errors -1, 2 and 0: RMSE sqrt(5/3), MAE 1.
        var report = RegressionPerformanceReport.Compute(Held, [(1, 2), (3, 1), (5, 5)], MonitoringOptions.Default);

        var realised = report.Labelled!;
        Assert.Equal(3, realised.Count);
        Assert.Equal(Math.Sqrt(5.0 / 3), realised.Rmse, 12);
        Assert.Equal(1, realised.Mae, 12);
        Assert.Equal(1.5, report.ReferenceRmse);
        Assert.Equal(1.2, report.ReferenceMae);
        Assert.False(report.LabelledDrop); // 3 labels are fewer than min_labels
    }

    [Fact]
    public void Compute_NoLabels_NoErrorsAndNoDrop()
    {
        var report = RegressionPerformanceReport.Compute(Held, [], MonitoringOptions.Default);

        Assert.Null(report.Labelled);
        Assert.False(report.LabelledDrop);
    }

    [Theory]
    [InlineData(1.7, false)] // MAE 1.7 within 1.2 x 1.5 = 1.8, RMSE 1.7 within 1.5 x 1.5 = 2.25
    [InlineData(1.9, true)] // MAE 1.9 above 1.8, though RMSE 1.9 is within 2.25: either error decides
    public void Compute_ErrorsAgainstTheAllowedIncrease_DropOnlyAboveIt(double error, bool drop)
    {
        // Every error the same size, so RMSE = MAE = error; the held-out RMSE is 1.5 and MAE 1.2.
        var labelled = Enumerable.Range(0, 40).Select(i => (Label: 10.0 + (i % 2 == 0 ? error : -error), Predicted: 10.0)).ToList();
        var options = MonitoringOptions.Default with { MaxErrorIncrease = 0.5, MinLabels = 40 };

        var report = RegressionPerformanceReport.Compute(Held, labelled, options);

        Assert.Equal(error, report.Labelled!.Mae, 12);
        Assert.Equal(drop, report.LabelledDrop);
    }

    [Fact]
    public void Compute_NonFiniteLabel_NamesTheValues()
    {
        var e = Assert.Throws<MlopsException>(() => RegressionPerformanceReport.Compute(Held, [(double.NaN, 1)], MonitoringOptions.Default));

        Assert.Contains("label NaN and prediction 1 must both be finite numbers", e.Message);
    }

    [Fact]
    public void WriteThenRead_RegressionProfile_KeepsErrorsAndPredictedValues()
    {
        var profile = RegressionProfile();
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlops-profile-tests").FullName, ReferenceProfile.FileName);

        ReferenceProfileFile.Write(path, profile);
        var read = ReferenceProfileFile.Read(path);

        Assert.Null(read.HeldOut);
        Assert.Equal(profile.Regression!.Rmse, read.Regression!.Rmse);
        Assert.Equal(profile.Regression.Mae, read.Regression.Mae);
        Assert.Equal(profile.Regression.Predicted.Sample, read.Regression.Predicted.Sample);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static double[] Normal(int count, double mean, double std, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
            mean + std * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];
    }
}
