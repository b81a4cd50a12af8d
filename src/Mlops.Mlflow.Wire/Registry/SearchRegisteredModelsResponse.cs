namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of registered-models/search.</summary>
public sealed record SearchRegisteredModelsResponse(List<RegisteredModelDto>? RegisteredModels, string? NextPageToken);
