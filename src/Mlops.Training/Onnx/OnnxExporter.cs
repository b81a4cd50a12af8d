using System.Diagnostics;
using Microsoft.ML;
using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Inference.Models;

namespace Mlops.Training.Onnx;

/// <summary>
/// Exports the whole model — the fitted feature transform and the trained model — as one ONNX file that takes the
/// raw columns (MLflow's onnx flavor). A model the converter cannot export is not an error: the file is left empty
/// and the report says why, so training and registration go on.
/// </summary>
public static class OnnxExporter
{
    private const string ScoreColumn = "Score";

    public static OnnxExportReport Export(TrainedModel model, FeatureTransform transform, string onnxPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(transform);
        var started = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(onnxPath))!);
        try
        {
            CheckSingleStep(model.Transformer);
            if (transform.FeatureCount != model.FeatureCount)
            {
                throw new NotSupportedException($"the transform makes {transform.FeatureCount} features; the model takes {model.FeatureCount}");
            }
            var composed = OnnxModelComposer.Compose(Convert(model), transform.Document);
            File.WriteAllBytes(onnxPath, composed);
            return new OnnxExportReport(true, null, Seconds(started));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NotImplementedException or MlopsException)
        {
            File.WriteAllBytes(onnxPath, []);
            return OnnxExportReport.Unavailable(e.Message, Seconds(started));
        }
    }

    /// <summary>With a context of its own: the train stage saves the model through the model's context at the same time.</summary>
    private static byte[] Convert(TrainedModel model)
    {
        var context = new MLContext();
        var empty = context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.SchemaFor(model.FeatureCount));
        using var stream = new MemoryStream();
        context.Model.ConvertToOnnx(model.Transformer, empty, stream, ScoreColumn);
        return stream.ToArray();
    }

    /// <summary>
    /// The converter silently leaves out a leading step it cannot export (an Expression transform, say) and converts
    /// the rest, so a chain of several steps is refused rather than exported wrong. The pipeline saves one trainer step.
    /// </summary>
    private static void CheckSingleStep(ITransformer transformer)
    {
        // Every TransformerChain<T> enumerates its steps as ITransformer.
        if (transformer is IEnumerable<ITransformer> chain && chain.ToList() is { Count: not 1 } steps)
        {
            throw new NotSupportedException(
                $"the scoring chain has {steps.Count} steps ({string.Join(", ", steps.Select(t => t.GetType().Name))}); only a single trainer step is exported");
        }
    }

    private static double Seconds(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3);
}
