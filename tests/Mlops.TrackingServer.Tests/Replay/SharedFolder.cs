namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>Finds the shared reference folder: env MLOPS_SHARED_DIR, else the nearest ancestor holding shared/mlflow.</summary>
public static class SharedFolder
{
    public static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MLOPS_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "mlflow")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No 'shared/mlflow' folder above {AppContext.BaseDirectory}; set MLOPS_SHARED_DIR to the folder holding mlflow/.");
    }
}
