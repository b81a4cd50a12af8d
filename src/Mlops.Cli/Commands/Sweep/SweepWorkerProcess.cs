using System.Diagnostics;

namespace Mlops.Cli.Commands.Sweep;

/// <summary>
/// How a sweep starts this program again as its worker: the same executable when it is the `mlops` apphost (or a tool
/// shim of it), else this dll under `dotnet` (run as `dotnet mlops.dll`, or hosted by another process such as a test host).
/// </summary>
internal static class SweepWorkerProcess
{
    public static ProcessStartInfo StartInfo()
    {
        var cli = typeof(SweepWorkerProcess).Assembly;
        var host = Environment.ProcessPath;
        var isApphost = host is not null && Path.GetFileNameWithoutExtension(host) == cli.GetName().Name;
        var start = new ProcessStartInfo(isApphost ? host! : DotnetHost(host));
        if (!isApphost)
        {
            start.ArgumentList.Add(cli.Location);
        }
        start.ArgumentList.Add("sweep");
        start.ArgumentList.Add("--worker");
        // A worker repeats the same few hot loops for its whole life, so tiering's re-JIT of them only costs CPU: on 2
        // cores, it took a quarter of a core from the other lane (bench/sweep/run; the trials train from ReadyToRun code).
        start.Environment["DOTNET_TieredCompilation"] = "0";
        return start;
    }

    private static string DotnetHost(string? host) =>
        host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? host : "dotnet";
}
