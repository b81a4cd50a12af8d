using System.Globalization;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>
/// One retrain at a time per model, across processes: a crashed retrain leaves the champion alone and blocks the next
/// one only until its lease expires; two retrains at once, one runs and the other refuses naming the holder.
/// </summary>
public sealed class RetrainSafetyTests(LabelledLoopFixture fixture) : IClassFixture<LabelledLoopFixture>
{
    [Fact]
    public async Task Retrain_KilledWhileTraining_ChampionUnchangedRefusedUntilTheLeaseExpiresThenCompletes()
    {
        using var ws = fixture.Copy(leaseSeconds: 15);
        var champion = await RetrainProbe.ChampionAsync(ws);
        int crashedPid;
        await using (var crashed = CliDaemon.Start(ws.Root, "retrain", "--force"))
        {
            crashedPid = crashed.Id;
            await crashed.WaitForLineAsync(RetrainLines.TrainingStarted, TimeSpan.FromMinutes(2));
            await crashed.KillAsync();
        }
        Assert.Equal(champion, await RetrainProbe.ChampionAsync(ws));

        var refused = await CliProcess.RunAsync(ws.Root, "retrain", "--force");
        Assert.True(refused.ExitCode == RetrainLines.ExitLeaseHeld, refused.Output);
        Assert.Contains(RetrainLines.HolderPid(crashedPid), refused.Output, StringComparison.Ordinal);

        await RetrainProbe.WaitUntilAsync(RetrainLines.LeaseExpiry(refused.Output), TimeSpan.FromSeconds(30));
        var next = await CliProcess.RunAsync(ws.Root, "retrain", "--force");
        Assert.True(next.ExitCode is 0 or RetrainLines.ExitRejected, next.Output);
    }

    [Fact]
    public async Task Retrain_SecondWhileFirstTrains_SecondExitsFourNamingTheHolderFirstCompletes()
    {
        using var ws = fixture.Copy();
        await using var first = CliDaemon.Start(ws.Root, "retrain", "--force");
        await first.WaitForLineAsync(RetrainLines.TrainingStarted, TimeSpan.FromMinutes(2));
        // Paused mid-training, the first holds the lease for as long as the second needs: no race on who is faster.
        await PauseOutsideAWriteAsync(first);
        CliProcess.Result second;
        try
        {
            second = await CliProcess.RunAsync(ws.Root, "retrain", "--force");
        }
        finally
        {
            await first.ResumeAsync();
        }

        Assert.True(second.ExitCode == RetrainLines.ExitLeaseHeld, second.Output);
        Assert.Contains("another retrain of " + LabelledLoopFixture.Model + " is running", second.Output, StringComparison.Ordinal);
        Assert.Contains(RetrainLines.HolderPid(first.Id), second.Output, StringComparison.Ordinal);
        var firstExit = await first.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.True(firstExit is 0 or RetrainLines.ExitRejected, first.Output);
    }

    /// <summary>
    /// Pauses <paramref name="process"/> at a moment it holds no SQLite write lock (a POSIX write lock in /proc/locks:
    /// the WAL write lock in a -shm file, or a rollback journal's locks). As training starts, other threads may still be
    /// writing, e.g. the earlier stages' records; paused inside such a write, the first would hold the store, and the
    /// second would wait out SQLite's busy timeout instead of meeting the lease. Without /proc/locks it just pauses.
    /// </summary>
    private static async Task PauseOutsideAWriteAsync(CliDaemon process)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await process.PauseAsync();
            if (!HoldsPosixWriteLock(process.Id))
            {
                return;
            }
            await process.ResumeAsync();
            // Let the write it was paused in finish before pausing again.
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
        Assert.Fail($"process {process.Id} held a write lock at each of 200 pauses");
    }

    /// <summary>Lines of /proc/locks read "1: POSIX  ADVISORY  WRITE 14493 fe:00:12076497 120 120".</summary>
    private static bool HoldsPosixWriteLock(int pid) =>
        File.Exists("/proc/locks") && File.ReadLines("/proc/locks")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(f => f.Length > 4 && f[1] == "POSIX" && f[3] == "WRITE" && f[4] == pid.ToString(CultureInfo.InvariantCulture));
}
