namespace Mlops.Mlflow.Wire.Artifacts;

/// <summary>MLflow's FileInfo message; a directory has no file_size.</summary>
public sealed record FileInfoDto(string Path, bool? IsDir, long? FileSize);
