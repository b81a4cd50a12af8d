using Mlops.Training.Configuration;

namespace Mlops.Cli.Commands.Ab;

/// <summary>The `registry:` section conclude's promotion follows: ./params.yaml's, else the defaults (a folder without a pipeline).</summary>
internal static class AbParams
{
    public static RegistryParams Registry()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultModelUri.ParamsFile);
        return File.Exists(local) ? ParamsLoader.LoadFile(local).Registry : new RegistryParams();
    }
}
