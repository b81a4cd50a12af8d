namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/log-inputs.</summary>
public sealed record LogInputsRequest(string? RunId, List<DatasetInputDto>? Datasets);
