using System.Diagnostics;
using System.Globalization;

namespace Mlops.Cli.Tests.Support;

/// <summary>`mlops serve` as its own OS process, started on a free port and stopped with SIGTERM, as a replica runs.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> stderr;

    private ServeProcess(Process process)
    {
        this.process = process;
        stderr = process.StandardError.ReadToEndAsync();
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The line that names the address (it also says whether the prediction log is on).</summary>
    public string StartLine { get; private set; } = "";

    /// <summary>Starts `mlops serve ARGS` in <paramref name="workingDirectory"/> and returns once it listens with its model loaded.</summary>
    public static Task<ServeProcess> StartAsync(string workingDirectory, params string[] args) =>
        StartAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>The same with extra environment variables.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = CliProcess.StartInfo(workingDirectory, ["serve", .. args]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var serve = new ServeProcess(Process.Start(start)!);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            serve.Url = new Uri(await serve.ReadAddressAsync(timeout.Token));
            return serve;
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGTERM, then waits for the process to drain and exit.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    /// <summary>
    /// The address from "Serving MODEL from STORE on URL (...)", once the reloader has also logged the loaded model; the
    /// console logger writes from its own thread, so either line can come first. The rest of stdout is drained.
    /// </summary>
    private async Task<string> ReadAddressAsync(CancellationToken cancel)
    {
        string? url = null;
        var loaded = false;
        while (url is null || !loaded)
        {
            var line = await process.StandardOutput.ReadLineAsync(cancel)
                ?? throw new InvalidOperationException("serve exited without its start line and a loaded model: " + await stderr);
            var at = line.IndexOf(" on http://", StringComparison.Ordinal);
            if (at >= 0)
            {
                url = line[(at + 4)..].Split(' ')[0];
                StartLine = line;
            }
            loaded |= line.Contains("Serving ", StringComparison.Ordinal) && line.Contains(" for models:/", StringComparison.Ordinal);
        }
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        return url;
    }
}
