using Mlops.Training.Configuration;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>The `monitoring:` section monitor commands follow: ./params.yaml's, else the defaults (a folder without a pipeline).</summary>
internal static class MonitorParams
{
    public static MonitoringParams Load()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultModelUri.ParamsFile);
        return File.Exists(local) ? ParamsLoader.LoadFile(local).Monitoring : new MonitoringParams();
    }
}
