namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Finds the recorded MLflow 2.10.2 calls: env MLOPS_SHARED_DIR (the folder holding mlflow/), else the repository's
/// byte-identical copy in tests/Mlops.Storage.ContractTests/MlflowRest/Recorded, else an ancestor's shared/mlflow.
/// </summary>
public static class SharedFolder
{
    public static string FindRecordings()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MLOPS_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Path.Combine(fromEnv, "mlflow");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var copy = Path.Combine(dir.FullName, "tests", "Mlops.Storage.ContractTests", "MlflowRest", "Recorded");
            if (Directory.Exists(copy))
            {
                return copy;
            }
            var shared = Path.Combine(dir.FullName, "shared", "mlflow");
            if (Directory.Exists(shared))
            {
                return shared;
            }
        }
        throw new DirectoryNotFoundException(
            $"No recorded MLflow calls found above {AppContext.BaseDirectory}; set MLOPS_SHARED_DIR to the folder holding mlflow/.");
    }
}
