namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/delete-tag.</summary>
public sealed record DeleteTagRequest(string? RunId, string? Key);
