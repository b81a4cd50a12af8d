using System.Globalization;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Tracking;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class StaleRunReaperTests : IDisposable
{
    private readonly Workspace _ws = Workspace.Create();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task ReapExperimentAsync_DeadPidStaleHeartbeatAndLiveOwner_FailsOnlyTheDeadOnes()
    {
        var tracking = StoreProbe.Open(_ws).Tracking;
        var experiment = await tracking.GetOrCreateExperimentAsync("reaper");
        var now = DateTimeOffset.UtcNow;
        var fresh = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var old = now.AddMinutes(-30).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        // pid 1 is a process that started before any run; int.MaxValue is never a live pid.
        var live = await CreateAsync(tracking, experiment, "1", Environment.MachineName, fresh);
        var deadPid = await CreateAsync(tracking, experiment, int.MaxValue.ToString(CultureInfo.InvariantCulture), Environment.MachineName, fresh);
        var silentElsewhere = await CreateAsync(tracking, experiment, "1", "another-host", old);
        var beatingElsewhere = await CreateAsync(tracking, experiment, "1", "another-host", fresh);
        var untagged = (await tracking.CreateRunAsync(experiment, "untagged", now.ToUnixTimeMilliseconds())).RunId;

        var reaped = await StaleRunReaper.ReapExperimentAsync(tracking, experiment, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, reaped.Count);
        foreach (var (id, status) in new[] { (live, RunStatus.Running), (beatingElsewhere, RunStatus.Running), (untagged, RunStatus.Running),
                     (deadPid, RunStatus.Failed), (silentElsewhere, RunStatus.Failed) })
        {
            Assert.True((await tracking.GetRunAsync(id)).Info.Status == status, $"{id} should be {status}");
        }
        Assert.Contains("is no longer running", (await tracking.GetRunAsync(deadPid)).Tags[StaleRunReaper.ReasonTag]);
        Assert.Contains("no heartbeat", (await tracking.GetRunAsync(silentElsewhere)).Tags[StaleRunReaper.ReasonTag]);
    }

    private static async Task<string> CreateAsync(ITrackingStore tracking, string experiment, string pid, string host, string heartbeat)
    {
        var tags = new Dictionary<string, string>
        {
            [RunHeartbeat.PidTag] = pid,
            [RunHeartbeat.HostTag] = host,
            [RunHeartbeat.HeartbeatTag] = heartbeat,
        };
        // Started a minute ago, after pid 1 started.
        return (await tracking.CreateRunAsync(experiment, null, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), tags)).RunId;
    }
}
