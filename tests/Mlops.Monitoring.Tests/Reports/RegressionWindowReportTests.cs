using Mlops.Core.Errors;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;
using Mlops.Monitoring.Tests.Profiles;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class RegressionWindowReportTests
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

    [Fact]
    public void Compute_PredictionsLikeTheHeldOutOnes_NoDrift()
    {
        var report = RegressionWindowReport.Compute(RegressionProfile(), Normal(200, 10, 3, seed: 2), []);

        Assert.Equal(DriftTest.KolmogorovSmirnov, report.PredictionDrift.Test);
        Assert.False(report.PredictionDrift.Detected, $"p = {report.PredictionDrift.PValue}");
        Assert.Equal(200, report.Rows);
        Assert.Null(report.Realised);
    }

    [Fact]
    public void Compute_PredictionsShiftedByOneStd_DetectsDrift()
    {
        var report = RegressionWindowReport.Compute(RegressionProfile(), Normal(200, 13, 3, seed: 2), []);

        Assert.True(report.PredictionDrift.Detected, $"p = {report.PredictionDrift.PValue}");
        Assert.Equal(DriftAnalysis.PredictionFeature, report.PredictionDrift.Feature);
    }

    [Fact]
    public void Compute_LabelledPredictions_RmseAndMaeBesideTheHeldOutOnes()
    {
        // Errors -1, 2 and 0: RMSE sqrt(5/3), MAE 1.
        var report = RegressionWindowReport.Compute(RegressionProfile(), Normal(50, 10, 3, seed: 2), [(1, 2), (3, 1), (5, 5)]);

        var realised = report.Realised!;
        Assert.Equal(3, realised.Count);
        Assert.Equal(Math.Sqrt(5.0 / 3), realised.Rmse, 12);
        Assert.Equal(1, realised.Mae, 12);
        Assert.Equal(1.5, report.ReferenceRmse);
        Assert.Equal(1.2, report.ReferenceMae);
    }

    [Fact]
    public void Compute_ClassifierProfile_SaysItHasNoRegressionSection()
    {
        var e = Assert.Throws<MlopsException>(() => RegressionWindowReport.Compute(ReferenceProfileFileTests.Sample(), [1.0], []));

        Assert.Contains("no regression section", e.Message);
    }

    [Fact]
    public void Compute_NonFiniteLabel_NamesTheValues()
    {
        var e = Assert.Throws<MlopsException>(() => RegressionWindowReport.Compute(RegressionProfile(), [1.0], [(double.NaN, 1)]));

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
