using System.Diagnostics;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Onnx;
using Mlops.Training.Scoring;

namespace Mlops.Training.Models;

/// <summary>The pipeline's train stage: feature table in, model zip, its compiled ensemble, its ONNX form and train.json out.</summary>
public static class TrainStage
{
    /// <param name="onnx">The fitted transform to export with the model, and where the ONNX file goes; null: no export.</param>
    public static TrainReport Run(PipelineParams p, string trainCsv, string modelZipOut, string trainReportJsonOut, string? compiledTreesOut = null,
        (string TransformJson, string OnnxOut)? onnx = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var classes = p.Schema.TargetClasses;
        var train = FeatureTableReader.Read(trainCsv);

        CrossValidationResult? cv = null;
        if (p.Cv.Folds >= 2)
        {
            cv = ModelTrainer.CrossValidate(p.Model, classes, train, p.Cv.Folds);
        }

        var watch = Stopwatch.StartNew();
        var model = ModelTrainer.Train(p.Model, classes, train);
        var seconds = watch.Elapsed.TotalSeconds;
        // The export only reads the trained model, as saving does: it runs on the other core meanwhile.
        var exporting = onnx is var (transform, onnxOut)
            ? Task.Run(() => OnnxExporter.Export(model, FeatureTransform.Load(transform), onnxOut))
            : null;
        try
        {
            if (compiledTreesOut is null)
            {
                model.Save(modelZipOut);
            }
            else
            {
                CompiledModelFile.Save(model, modelZipOut, compiledTreesOut);
            }
        }
        catch when (exporting is not null)
        {
            // The export writes into the stage's staging folder: it ends before the failed stage's folder is removed.
            try
            {
                exporting.Wait();
            }
            catch (AggregateException)
            {
                // The save's error is the one the stage reports.
            }
            throw;
        }

        var report = new TrainReport(
            p.Model.Trainer,
            p.Model.Seed,
            TrainerFactory.Hyperparameters(p.Model),
            train.Rows,
            train.Width,
            classes,
            Math.Round(seconds, 3),
            cv)
        {
            Onnx = exporting?.GetAwaiter().GetResult(),
        };
        JsonFiles.WriteReport(trainReportJsonOut, report);
        return report;
    }
}
