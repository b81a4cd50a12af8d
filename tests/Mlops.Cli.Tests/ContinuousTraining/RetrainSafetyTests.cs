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
        await first.PauseAsync();
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
}
