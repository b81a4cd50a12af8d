
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
    CrossValidationResult? CrossValidation);
