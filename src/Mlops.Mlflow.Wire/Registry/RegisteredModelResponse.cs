namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of registered-models/create, get, rename and update.</summary>
public sealed record RegisteredModelResponse(RegisteredModelDto RegisteredModel);
