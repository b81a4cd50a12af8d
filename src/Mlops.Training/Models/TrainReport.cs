using Mlops.Training.Onnx;

namespace Mlops.Training.Models;

/// <summary>What train.json records about a training run.</summary>
public sealed record TrainReport(
    string Trainer,
    int Seed,
    IReadOnlyDictionary<string, double> Hyperparameters,
    int TrainRows,
    int FeatureCount,
    IReadOnlyList<string> Classes,
    double TrainingSeconds,
    CrossValidationResult? CrossValidation)
{
    /// <summary>The ONNX export of the whole model; null when the stage was not asked for one.</summary>
    public OnnxExportReport? Onnx { get; init; }
}
