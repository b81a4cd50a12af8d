using System.Text.Json;
using Mlops.Inference.Packaging;
using Mlops.Monitoring.Profiles;

namespace Mlops.Lifecycle.Tests.Profiling;

public sealed class ReferenceProfileStageTests(PipelineWorkspace workspace) : IClassFixture<PipelineWorkspace>
{
    [Fact]
    public async Task PipelineRun_RegisteredPackage_CarriesTheEvaluateStagesProfile()
    {
        var version = await workspace.Store.Registry.GetModelVersionAsync(workspace.Report.Registration!.ModelName,
            workspace.Report.Registration.Version);
        var run = await workspace.Store.Tracking.GetRunAsync(version.RunId!);
        var package = workspace.Store.Artifacts.TryGetLocalPath(run.Info.ArtifactUri, ModelPackage.ArtifactPath)!;

        var packaged = ReferenceProfileFile.ReadPackage(package, "models:/test/1");

        Assert.Equal(File.ReadAllBytes(workspace.PathOf("models/reference_profile.json")),
            File.ReadAllBytes(Path.Combine(package, ModelPackage.ReferenceProfileFile)));
        Assert.Contains("reference_profile: reference_profile.json", File.ReadAllText(Path.Combine(package, ModelPackage.MLmodelFile)));
        Assert.Equal(16, packaged.Features.Count);
    }

    [Fact]
    public void PipelineRun_Profile_TrainingRowsPerInputAndHeldOutFiguresOfMetricsJson()
    {
        var profile = ReferenceProfileFile.Read(workspace.PathOf("models/reference_profile.json"));
        using var metrics = JsonDocument.Parse(File.ReadAllText(workspace.PathOf("reports/metrics.json")));
        var root = metrics.RootElement;
        var testRows = root.GetProperty("test_rows").GetInt32();
        var cleanRows = File.ReadLines(workspace.PathOf("data/interim/clean.csv")).Count() - 1;

        Assert.Equal(cleanRows - testRows, profile.Rows);
        Assert.All(profile.Features, f => Assert.Equal(profile.Rows, f.Rows));
        Assert.All(profile.Features.Where(f => f.IsNumeric), f => Assert.Equal(profile.Rows, f.Numeric!.Sample.Length));
        Assert.All(profile.Features.Where(f => !f.IsNumeric), f => Assert.Equal(profile.Rows, f.Categories!.Sum(c => c.Count)));
        Assert.Equal(testRows, profile.HeldOut!.Rows);
        Assert.Equal(testRows, profile.HeldOut!.PredictedCounts.Sum());
        Assert.Equal(testRows, profile.HeldOut!.Calibration.Confidence.Length);
        Assert.Equal(root.GetProperty("accuracy").GetDouble(), profile.HeldOut!.Metrics.Accuracy, 6);
        Assert.Equal(root.GetProperty("macro_f1").GetDouble(), profile.HeldOut!.Metrics.MacroF1, 6);
        // The calibration pairs are the evaluation's own predictions: their share correct is its accuracy.
        Assert.Equal(profile.HeldOut!.Metrics.Accuracy, profile.HeldOut!.Calibration.Correct.Average(c => c ? 1.0 : 0.0), 9);
        foreach (var perClass in root.GetProperty("per_class").EnumerateObject())
        {
            Assert.Equal(perClass.Value.GetProperty("recall").GetDouble(), profile.HeldOut!.Metrics.PerClassRecall[perClass.Name], 6);
        }
    }
}
