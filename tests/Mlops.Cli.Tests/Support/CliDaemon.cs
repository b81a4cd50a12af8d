using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace Mlops.Cli.Tests.Support;

/// <summary>
/// A long-running `mlops` process (a server, a retrain) whose output lines a test can await, and which it can end as an
/// operator would (SIGTERM) or as a crash does (SIGKILL).
/// </summary>
public sealed class CliDaemon : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder output = new();
    private readonly StringBuilder stdout = new();
    private readonly Task pumps;

    private CliDaemon(Process process)
    {
        this.process = process;
        pumps = Task.WhenAll(PumpAsync(process.StandardOutput, stdout), PumpAsync(process.StandardError, null))
            .ContinueWith(_ => lines.Writer.TryComplete(), TaskScheduler.Default);
    }

    public int Id => process.Id;

    /// <summary>Everything written so far, stdout and stderr interleaved as read.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Stdout alone (e.g. a --json document while progress goes to stderr).</summary>
    public string Stdout
    {
        get
        {
            lock (output)
            {
                return stdout.ToString();
            }
        }
    }

    public static CliDaemon Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>The same with extra environment variables.</summary>
    public static CliDaemon Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = CliProcess.StartInfo(workingDirectory, args);
        start.Environment["USER"] = "ctaccept";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new CliDaemon(Process.Start(start)!);
    }

    /// <summary>The first line (from now on) that matches; fails with the output so far when the process ends first or time runs out.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in lines.Reader.ReadAllAsync(cancel.Token))
            {
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching line within {timeout.TotalSeconds:0} s; output so far:\n{Output}");
        }
        throw new InvalidOperationException($"the process ended without a matching line; output:\n{Output}");
    }

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        await pumps.WaitAsync(timeout);
        return process.ExitCode;
    }

    /// <summary>kill -9: no handler runs, nothing is released — a crash.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP: the process stands still where it is (holding whatever it holds) until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    /// <summary>SIGTERM, then waits for the process to exit.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        await SignalAsync("-TERM");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task PumpAsync(StreamReader reader, StringBuilder? own)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
                own?.AppendLine(line);
            }
            lines.Writer.TryWrite(line);
        }
    }
}
