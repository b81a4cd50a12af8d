namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of model-versions/create, get, update, transition-stage and registered-models/alias.</summary>
public sealed record ModelVersionResponse(ModelVersionDto ModelVersion);
