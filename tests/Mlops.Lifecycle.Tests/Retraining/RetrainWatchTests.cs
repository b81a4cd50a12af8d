using Mlops.Core.Errors;
using Mlops.Lifecycle.Retraining;

namespace Mlops.Lifecycle.Tests.Retraining;

public sealed class RetrainWatchTests(RetrainFixture fixture) : IClassFixture<RetrainFixture>
{
    [Fact]
    public async Task RunAsync_ATickFails_ReportsItAndTheNextTickProceeds()
    {
        using var setup = new RetrainTickSetup(fixture);
        var calls = 0;
        var steps = RetrainTickSetup.Steps(fired: false) with
        {
            EvaluateTriggers = (request, _) => Interlocked.Increment(ref calls) == 1
                ? throw new MlopsException(ErrorCode.InvalidState, "the prediction log is unreachable")
                : Task.FromResult(RetrainTickSetup.Report(request, fired: false)),
        };
        var told = new List<RetrainTickStatus>();

        var outcomes = await new RetrainWatch(new Retrainer(steps), TimeSpan.FromMilliseconds(1))
            .RunAsync(setup.Request, maxTicks: 2, CancellationToken.None, o => told.Add(o.Status));

        Assert.Equal([RetrainTickStatus.Failed, RetrainTickStatus.NothingFired], outcomes.Select(o => o.Status));
        Assert.Equal(told, outcomes.Select(o => o.Status));
        Assert.Equal("the prediction log is unreachable", outcomes[0].Summary);
        Assert.Contains("tick failed, the champion is unchanged: the prediction log is unreachable", setup.Progress);
        Assert.Single(File.ReadAllLines(RetrainerTickLog.PathIn(setup.Workspace)));
        Assert.Equal(2, setup.Leases.Releases);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringATick_StopsAndReleasesTheLease()
    {
        using var setup = new RetrainTickSetup(fixture);
        using var stop = new CancellationTokenSource();
        var steps = RetrainTickSetup.Steps(fired: false) with
        {
            EvaluateTriggers = async (_, ct) =>
            {
                await stop.CancelAsync();
                ct.ThrowIfCancellationRequested();
                throw new InvalidOperationException("not reached");
            },
        };

        var outcomes = await new RetrainWatch(new Retrainer(steps)).RunAsync(setup.Request, maxTicks: null, stop.Token);

        Assert.Empty(outcomes);
        Assert.Null(await setup.Leases.FindAsync(RetrainerLease.NameOf(setup.ModelName)));
        Assert.Equal(1, setup.Leases.Releases);
    }
}
