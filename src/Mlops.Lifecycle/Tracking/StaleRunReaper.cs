using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle.Tracking;

/// <summary>
/// Marks FAILED the RUNNING runs whose pipeline process is gone: on this host when its pid is no longer running (or
/// is a process started after the run), on any host when its heartbeat is older than <see cref="HeartbeatTimeout"/>.
/// Runs without the owner tags (written by older versions or other clients) are left alone.
/// </summary>
public static class StaleRunReaper
{
    public const string ReasonTag = "mlops.failure_reason";

    /// <summary>Ten heartbeat intervals: a live run beats every 30 s, even in the middle of a long stage.</summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Returns one line per run marked FAILED: its id and why.</summary>
    public static async Task<IReadOnlyList<string>> ReapExperimentAsync(ITrackingStore store, string experimentId, TimeProvider time,
        CancellationToken ct)
    {
        var running = await store.SearchRunsAsync(new RunSearch([experimentId], "attributes.status = 'RUNNING'"), ct);
        var reaped = new List<string>();
        foreach (var run in running.Items)
        {
            if (await ReapIfDeadAsync(store, run, time, ct) is { } reason)
            {
                reaped.Add($"{run.Info.RunId}: {reason}");
            }
        }
        return reaped;
    }

    /// <summary>
    /// Reaps one run by id. Returns whether it still needs watching: false once it is reaped, ended or gone, true
    /// while it is RUNNING with a live owner. <paramref name="reaped"/> gets a line when this call marked it FAILED.
    /// </summary>
    public static async Task<bool> ReapIfDeadAsync(ITrackingStore store, string runId, TimeProvider time, List<string> reaped,
        CancellationToken ct)
    {
        Run run;
        try
        {
            run = await store.GetRunAsync(runId, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return false;
        }
        if (run.Info.Status != RunStatus.Running)
        {
            return false;
        }
        if (await ReapIfDeadAsync(store, run, time, ct) is not { } reason)
        {
            return true;
        }
        reaped.Add($"{runId}: {reason}");
        return false;
    }

    private static async Task<string?> ReapIfDeadAsync(ITrackingStore store, Run run, TimeProvider time, CancellationToken ct)
    {
        if (run.Info.Status != RunStatus.Running || WhyDead(run, time) is not { } reason)
        {
            return null;
        }
        await store.LogBatchAsync(run.Info.RunId, [], new Dictionary<string, string>(),
            new Dictionary<string, string> { [ReasonTag] = reason }, ct);
        await store.UpdateRunAsync(run.Info.RunId, RunStatus.Failed, time.GetUtcNow().ToUnixTimeMilliseconds(), ct: ct);
        return reason;
    }

    /// <summary>Why the run's process is judged dead, or null while it may be alive.</summary>
    public static string? WhyDead(Run run, TimeProvider time)
    {
        if (!run.Tags.TryGetValue(RunHeartbeat.PidTag, out var pidText) || !int.TryParse(pidText, CultureInfo.InvariantCulture, out var pid)
            || !run.Tags.TryGetValue(RunHeartbeat.HostTag, out var host))
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (string.Equals(host, Environment.MachineName, StringComparison.OrdinalIgnoreCase) && !IsAlive(pid, run.Info.StartTime))
        {
            return $"process {pid} on host {host} is no longer running (found by the pipeline run at {now:yyyy-MM-ddTHH:mm:ssZ})";
        }
        if (run.Tags.TryGetValue(RunHeartbeat.HeartbeatTag, out var beatText)
            && long.TryParse(beatText, CultureInfo.InvariantCulture, out var beat)
            && now - DateTimeOffset.FromUnixTimeMilliseconds(beat) > HeartbeatTimeout)
        {
            return $"no heartbeat from process {pid} on host {host} since {DateTimeOffset.FromUnixTimeMilliseconds(beat):yyyy-MM-ddTHH:mm:ssZ} " +
                $"(timeout {HeartbeatTimeout.TotalMinutes:0} min)";
        }
        return null;
    }

    /// <summary>A reused pid belongs to a process started after the run began, so it does not count as the run's owner.</summary>
    private static bool IsAlive(int pid, long runStartMillis)
    {
        if (pid == Environment.ProcessId)
        {
            // This process has not created the run it is looking at.
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited is false
                && process.StartTime.ToUniversalTime() <= DateTimeOffset.FromUnixTimeMilliseconds(runStartMillis).UtcDateTime.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
