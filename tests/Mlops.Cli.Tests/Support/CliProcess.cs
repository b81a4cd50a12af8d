using System.Diagnostics;

namespace Mlops.Cli.Tests.Support;

/// <summary>Runs the built `mlops` CLI as a separate process, as a user would, and captures its output.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }

    public static Result Run(string workingDirectory, params string[] args) => RunAsync(workingDirectory, args).GetAwaiter().GetResult();

    public static Task<Result> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>The built CLI with <paramref name="args"/>, output redirected, no tracking URI inherited from the caller.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mlops.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("MLOPS_TRACKING_URI");
        start.Environment.Remove("MLFLOW_TRACKING_URI");
        return start;
    }

    /// <summary>Runs with extra environment variables.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
