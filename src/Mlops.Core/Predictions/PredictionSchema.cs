namespace Mlops.Core.Predictions;

/// <summary>What every row of a <see cref="PredictionBatch"/> shares: the model that scored it, its inputs and its classes.</summary>
public sealed record PredictionSchema(
    string? ModelName,
    int? ModelVersion,
    string ModelUri,
    IReadOnlyList<PredictionInput> Inputs,
    IReadOnlyList<string> Classes);
