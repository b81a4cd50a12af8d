using System.Diagnostics;
using Mlops.Cli.Tests.Support;
using Mlops.Pipeline.Locking;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class LockWaitTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task PipelineRun_WorkspaceLockedByAnotherRun_SaysWhoHoldsItThenRuns()
    {
        using var ws = good.Workspace.CopyTo();
        var held = await WorkspaceLock.AcquireAsync(ws.Root, TimeSpan.FromSeconds(5), CancellationToken.None);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ws.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mlops.dll"), "pipeline", "run", "--force", "--stage", "preprocess" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        // The waiting run's first line on stderr is the notice; the run cannot go on until the lock is released.
        var notice = await process.StandardError.ReadLineAsync(timeout.Token);
        held.Dispose();
        await process.WaitForExitAsync(timeout.Token);

        Assert.StartsWith("mlops: waiting for another pipeline run in this workspace to finish (pid ", notice);
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName}, since ", notice);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("preprocess: running (forced)", await stdout);
    }
}
