using Mlops.Core.Errors;
using Mlops.Monitoring.Reports;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;

namespace Mlops.Serving.Monitoring;

/// <summary>
/// Computes the monitoring report of the served version every <see cref="ServingOptions.MonitorEvery"/> (on the
/// server's clock) over its newest <see cref="ServingOptions.MonitorWindow"/> logged predictions and its package's
/// reference profile, and exports it as gauges on /metrics. One computation at a time, on a thread of its own at
/// below-normal priority (where the OS honours it), off the request path: a tick while one still runs is skipped.
/// Failure policy: a failing computation (no profile, an empty window, a store error) is logged at Warning once per
/// distinct message, leaves the gauges at their last values and sets mlops_monitor_last_error; serving goes on.
/// </summary>
public sealed partial class ServingMonitor(ModelHost host, ServingStores stores, ServingOptions options, ServingMetrics metrics,
    ILogger<ServingMonitor> logger) : IHostedService, IDisposable
{
    private const int MaxRememberedWarnings = 64;
    private readonly TimeProvider time = options.Time;
    private readonly ServedProfiles profiles = new(stores.Artifacts);
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private MonitorGauges? gauges;
    private ITimer? timer;
    private int running;
    private int started;
    private Task<MonitorOutcome> last = Task.FromResult(new MonitorOutcome(DateTimeOffset.MinValue, null, null, "not run yet"));

    /// <summary>Computations started so far (tests check that ticks start exactly one each).</summary>
    internal int Started => Volatile.Read(ref started);

    /// <summary>Raised on the monitor's thread after every computation, so tests await it instead of polling.</summary>
    public event Action<MonitorOutcome>? Computed;

    /// <summary>Raised when a tick found the previous computation still running and did not start another.</summary>
    public event Action? Skipped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.MonitorEvery == TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }
        if (stores.PredictionLog is null)
        {
            LogNoPredictionLog();
            return Task.CompletedTask;
        }
        // Created only when monitoring is on: prometheus-net's name checks cost start-up time.
        gauges = new MonitorGauges(metrics.Registry);
        timer = time.CreateTimer(_ => TryStart(), null, options.MonitorEvery, options.MonitorEvery);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Dispose();
        await stopping.CancelAsync();
        await ((Task)last).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>
    /// Starts a computation now unless one is running; returns its outcome, or null when it was skipped. The timer calls
    /// it every interval; library users and tests may call it too (monitoring must be on: a prediction log and an interval).
    /// </summary>
    public Task<MonitorOutcome>? TryStart()
    {
        if (gauges is null || stopping.IsCancellationRequested)
        {
            return null;
        }
        if (Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            gauges.Skipped();
            Skipped?.Invoke();
            return null;
        }
        Interlocked.Increment(ref started);
        var done = new TaskCompletionSource<MonitorOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        last = done.Task;
        var thread = new Thread(() => Run(done)) { IsBackground = true, Name = "mlops-monitor", Priority = ThreadPriority.BelowNormal };
        thread.Start();
        return done.Task;
    }

    public void Dispose()
    {
        timer?.Dispose();
        stopping.Dispose();
    }

    private void Run(TaskCompletionSource<MonitorOutcome> done)
    {
        MonitorOutcome outcome;
        try
        {
            // Blocking this thread of its own keeps the CPU-bound statistics at its priority (the SQLite log reads synchronously).
            outcome = ComputeAsync(gauges!, stopping.Token).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // An exception escaping a thread of its own would end the process: the server never dies of monitoring.
            outcome = new MonitorOutcome(time.GetUtcNow(), null, null, e.Message);
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
        try
        {
            Computed?.Invoke(outcome);
        }
        finally
        {
            done.SetResult(outcome);
        }
    }

    private async Task<MonitorOutcome> ComputeAsync(MonitorGauges target, CancellationToken ct)
    {
        var served = host.Current;
        var id = served?.Identity;
        var model = id is null ? null : id.Name ?? id.Uri;
        if (id is null || id.Name is null || id.Version is not { } version)
        {
            var reason = id is null
                ? "no model is being served yet"
                : $"{id.Uri} is not a registered model version: monitoring compares a models:/ URI's version with its reference profile";
            return Fail(target, model, id?.Version, reason, null);
        }
        var started = time.GetTimestamp();
        try
        {
            var profile = await profiles.GetAsync(id, ct);
            var selection = new WindowSelection(id.Name) { ModelVersion = version, ServedUri = id.Uri, MaxRows = options.MonitorWindow };
            var report = await MonitoringRun.ComputeAsync(stores.PredictionLog!, stores.PredictionFeedback, profile,
                new MonitoredModel(id.Uri, id.Name, version), selection, options.MonitorRules, ct);
            var at = time.GetUtcNow();
            target.Publish(model!, version, report, at, time.GetElapsedTime(started));
            warned.Clear();
            return new MonitorOutcome(at, version, report, null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new MonitorOutcome(time.GetUtcNow(), version, null, "the server is stopping");
        }
        catch (Exception e)
        {
            return Fail(target, model, version, e.Message, e is MlopsException ? null : e);
        }
    }

    private MonitorOutcome Fail(MonitorGauges target, string? model, int? version, string error, Exception? unexpected)
    {
        target.Failed(model, version);
        if (warned.Count >= MaxRememberedWarnings)
        {
            warned.Clear();
        }
        if (warned.Add(error))
        {
            LogFailed(unexpected, error);
        }
        return new MonitorOutcome(time.GetUtcNow(), version, null, error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Monitoring failed; the gauges keep their last values and the next interval retries: {Error}")]
    private partial void LogFailed(Exception? exception, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Monitoring off: it reads the prediction log, which this server does not write")]
    private partial void LogNoPredictionLog();
}
