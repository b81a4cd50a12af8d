namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of model-versions/create.</summary>
public sealed record CreateModelVersionRequest(
    string? Name,
    string? Source,
    string? RunId,
    List<KeyValueDto>? Tags,
    string? RunLink,
    string? Description);
