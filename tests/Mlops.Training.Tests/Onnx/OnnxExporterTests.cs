using Mlops.Inference.Scoring;
using Mlops.Training.Models;
using Mlops.Training.Onnx;
using Xunit.Abstractions;

namespace Mlops.Training.Tests.Onnx;

public sealed class OnnxExporterTests(OnnxWorkspace workspace, ITestOutputHelper output) : IClassFixture<OnnxWorkspace>
{
    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("sdca")]
    [InlineData("lbfgs")]
    [InlineData("fastforest")]
    public void Export_HeldOutAndMissingInputRows_OnnxRuntimeAgreesWithOurScorer(string trainer)
    {
        var transform = workspace.Transform;
        var model = ModelTrainer.Train(workspace.ModelParams(trainer), transform.Classes, workspace.Train);
        var path = workspace.File($"{trainer}.onnx");

        var report = OnnxExporter.Export(model, transform, path);

        Assert.True(report.Exported, report.Reason);
        var rows = workspace.HeldOut.Inputs.Concat(workspace.MissingValueRows()).ToList();
        var onnx = OnnxSession.Score(path, transform, rows);
        using var scorer = ModelScorer.FromModel(model);
        var features = new float[transform.FeatureCount];
        var probabilities = new float[transform.Classes.Count];
        var worst = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            transform.Apply(rows[r], features);
            var predicted = scorer.Predict(features, probabilities);
            Assert.Equal(transform.Classes[predicted], onnx.Predictions[r]);
            for (var c = 0; c < probabilities.Length; c++)
            {
                worst = Math.Max(worst, Difference(probabilities[c], onnx.Probabilities[c][r]));
            }
        }
        output.WriteLine($"{trainer}: {rows.Count} rows, largest probability difference {worst:g3}, export {report.ExportSeconds} s");
        Assert.True(worst <= 1e-4, $"largest probability difference {worst} on {rows.Count} held-out rows");
        Assert.True(rows.Count > 400, $"only {rows.Count} held-out rows");
    }

    /// <summary>Both NaN (a linear model on a missing input) agree; one NaN does not.</summary>
    private static double Difference(float ours, float theirs) =>
        float.IsNaN(ours) && float.IsNaN(theirs) ? 0 : float.IsNaN(ours) || float.IsNaN(theirs) ? double.PositiveInfinity : Math.Abs(ours - theirs);
}
