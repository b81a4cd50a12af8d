namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>What every row of a logged batch shares: the model, its inputs and classes, and its A/B assignment or null.</summary>
public sealed record PredictionSchemaDto(
    string? ModelName,
    int? ModelVersion,
    string? ModelUri,
    List<PredictionInputDto>? Inputs,
    List<string>? Classes,
    PredictionAssignmentDto? Assignment);
