using System.Globalization;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle.Tracking;

/// <summary>
/// Marks a tracked run as owned by a live process: its pid and host at creation, and a heartbeat timestamp refreshed
/// while it runs, so a later pipeline run can tell a crashed run (see <see cref="StaleRunReaper"/>) from a running one.
/// A failing heartbeat write never breaks the run.
/// </summary>
public sealed class RunHeartbeat : IDisposable
{
    public const string PidTag = "mlops.pid";
    public const string HostTag = "mlops.host";
    /// <summary>Unix milliseconds of the last sign of life.</summary>
    public const string HeartbeatTag = "mlops.heartbeat";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly ActiveRun _run;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;

    private RunHeartbeat(ActiveRun run, TimeProvider time)
    {
        _run = run;
        _time = time;
        _timer = time.CreateTimer(_ => _ = BeatAsync(), null, Interval, Interval);
    }

    /// <summary>The tags a run carries from its creation on.</summary>
    public static Dictionary<string, string> OwnerTags(TimeProvider time) => new()
    {
        [PidTag] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        [HostTag] = Environment.MachineName,
        [HeartbeatTag] = Stamp(time),
    };

    /// <summary>The tag a beat writes: callers that write to the run anyway carry it in the same batch.</summary>
    public static IReadOnlyDictionary<string, string> BeatTags(TimeProvider time) =>
        new Dictionary<string, string> { [HeartbeatTag] = Stamp(time) };

    public static RunHeartbeat Start(ActiveRun run, TimeProvider time) => new(run, time);

    public async Task BeatAsync()
    {
        try
        {
            await _run.SetTagsAsync(BeatTags(_time));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A missed beat only makes the run look older; the next stage boundary or tick writes again.
        }
    }

    private static string Stamp(TimeProvider time) =>
        time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _timer.Dispose();
}
