namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>The model that made a logged prediction and the classes logged with it.</summary>
public sealed record PredictionOriginDto(string? ModelName, int? ModelVersion, string? ModelUri, List<string>? LoggedClasses);
