using System.Diagnostics;

namespace Mlops.Client.Tests.Support;

/// <summary>Runs a program to its end with a deadline, output captured, and no tracking URI inherited from the caller.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string Output, TimeSpan Took);

    public static async Task<Outcome> RunAsync(string program, string workingDirectory, IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? deadline = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment.Remove("MLOPS_TRACKING_URI");
        start.Environment.Remove("MLFLOW_TRACKING_URI");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline ?? TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end within {deadline}: {await stdout}{await stderr}");
        }
        return new Outcome(process.ExitCode, await stdout + await stderr, clock.Elapsed);
    }
}
