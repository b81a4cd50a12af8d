namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>One input column of a logged batch: numeric without <paramref name="Categories"/>, else an index into them.</summary>
public sealed record PredictionInputDto(string? Name, List<string>? Categories);
