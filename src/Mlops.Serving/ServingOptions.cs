using Mlops.Core.Predictions;
using Mlops.Monitoring.Reports;

namespace Mlops.Serving;

/// <summary>How the prediction server runs: which model, where it listens, and its limits.</summary>
public sealed record ServingOptions
{
    /// <summary>The model URI to serve and follow; required.</summary>
    public string ModelUri { get; init; } = "";
    /// <summary>An IP address or "localhost".</summary>
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>
    /// When set, every route except the probes, /metrics and the docs needs <c>Authorization: Bearer &lt;token&gt;</c>
    /// (see <see cref="Security.BearerTokenMiddleware.OpenPaths"/>).
    /// </summary>
    public string? AuthToken { get; init; }
    /// <summary>Host header names accepted besides localhost, 127.0.0.1 and [::1]; "*" accepts any (see <see cref="Core.Security.HostAllowList"/>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    /// <summary>0 picks a free port (read it back from <see cref="ServingApp.BoundAddress"/>).</summary>
    public int Port { get; init; } = 5080;
    /// <summary>How often the registry is asked whether the URI now names another version; zero turns polling off.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Bodies longer than this are answered 413 without being parsed.</summary>
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>Most records one /predict/batch or /invocations request may carry.</summary>
    public int MaxBatchRecords { get; init; } = 10_000;
    /// <summary>Most validation errors listed in one response; the rest are counted.</summary>
    public int MaxListedErrors { get; init; } = 100;
    /// <summary>
    /// Rows waiting for the prediction log beyond which new rows are dropped (and counted in /metrics). About two
    /// seconds of peak traffic: a deeper queue only holds more live objects for every garbage collection to walk.
    /// </summary>
    public int PredictionLogCapacity { get; init; } = 50_000;
    /// <summary>
    /// How long a multi-row request (/predict/batch, /invocations) waits for room in a full prediction-log queue before
    /// its rows are dropped: bulk scoring slows to the pace the log is written at instead of losing predictions.
    /// Single-row requests never wait.
    /// </summary>
    public TimeSpan PredictionLogMaxWait { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Most rows written to the prediction log in one transaction.</summary>
    public int PredictionLogBatchSize { get; init; } = 5_000;
    /// <summary>The server's clock (load stamps, prediction times, retention, reload polling); tests supply a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
    /// <summary>How often queued predictions are written: the longest a logged prediction waits before it can be read back.</summary>
    public TimeSpan PredictionLogFlushInterval { get; init; } = TimeSpan.FromMilliseconds(100);
    /// <summary>How much of the prediction log is kept; older or surplus predictions are deleted in the background.</summary>
    public PredictionRetention PredictionLogRetention { get; init; } = PredictionRetention.KeepAll;
    /// <summary>How often the retention is applied (and once shortly after start).</summary>
    public TimeSpan PredictionLogPruneInterval { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// Rows of answered requests waiting for the shadow variants of a shadow-mode A/B test; a request whose rows do not
    /// fit is answered as always and its shadow scoring dropped (counted in mlops_shadow_dropped_total).
    /// </summary>
    public int ShadowQueueCapacity { get; init; } = 10_000;
    /// <summary>How long a replaced model is kept alive for requests still scoring on it.</summary>
    public TimeSpan RetiredModelGrace { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// How often the monitoring report of the served version is computed in the background and exported as gauges on
    /// /metrics (<see cref="Mlops.Serving.Monitoring.ServingMonitor"/>); zero (the default) turns it off.
    /// </summary>
    public TimeSpan MonitorEvery { get; init; } = TimeSpan.Zero;
    /// <summary>How many of the served version's newest logged predictions each monitoring report compares with its reference.</summary>
    public int MonitorWindow { get; init; } = WindowSelection.DefaultRows;
    /// <summary>The drift and performance rules of the background reports (params.yaml's monitoring section for the CLI).</summary>
    public MonitoringOptions MonitorRules { get; init; } = MonitoringOptions.Default;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelUri))
        {
            throw Core.Errors.MlopsException.Invalid("a model URI is required.");
        }
        if (Port is < 0 or > 65535)
        {
            throw Core.Errors.MlopsException.Invalid($"port {Port} must be between 0 and 65535.");
        }
        if (PollInterval < TimeSpan.Zero)
        {
            throw Core.Errors.MlopsException.Invalid($"poll interval {PollInterval} must not be negative.");
        }
        if (MaxRequestBodyBytes < 1024 || MaxBatchRecords < 1 || MaxListedErrors < 1 || PredictionLogCapacity < 1 || PredictionLogBatchSize < 1 || ShadowQueueCapacity < 1
            || PredictionLogFlushInterval <= TimeSpan.Zero || PredictionLogPruneInterval <= TimeSpan.Zero)
        {
            throw Core.Errors.MlopsException.Invalid(
                "max request body must be at least 1024 bytes; batch records, listed errors, prediction-log and shadow-queue sizes at least 1; " +
                "the prediction-log flush and prune intervals positive.");
        }
        PredictionLogRetention.Validate();
        if ((MonitorEvery != TimeSpan.Zero && MonitorEvery < TimeSpan.FromSeconds(1)) || MonitorWindow < 1)
        {
            throw Core.Errors.MlopsException.Invalid(
                $"monitor interval {MonitorEvery} must be zero (off) or at least 1 s, and the monitor window ({MonitorWindow}) at least 1 prediction.");
        }
        MonitorRules.Validate();
    }
}
