using Mlops.Core.Artifacts;

namespace Mlops.Core.Tracking;

/// <summary>
/// The library API for one tracked run: start it, log params, metrics, tags and artifacts, end it.
/// Metrics are buffered and written in batches; disposing without <see cref="EndAsync"/> marks the run FAILED.
/// </summary>
public sealed class ActiveRun : IAsyncDisposable
{
    private const int MetricBatchSize = 1000;
    private readonly ITrackingStore _store;
    private readonly IArtifactStore _artifacts;
    private readonly TimeProvider _time;
    private readonly List<Metric> _pendingMetrics = [];
    private bool _ended;

    private ActiveRun(ITrackingStore store, IArtifactStore artifacts, TimeProvider time, RunInfo info)
    {
        _store = store;
        _artifacts = artifacts;
        _time = time;
        Info = info;
    }

    /// <summary>The run as the store last returned it (status and end time change at <see cref="EndAsync"/>).</summary>
    public RunInfo Info { get; private set; }

    /// <summary>The run's id, for <c>runs:/RUN_ID/PATH</c> URIs and registration.</summary>
    public string RunId => Info.RunId;

    /// <summary>Creates a RUNNING run in <paramref name="experimentName"/>, creating the experiment when missing.</summary>
    public static async Task<ActiveRun> StartAsync(ITrackingStore store, IArtifactStore artifacts, string experimentName,
        string? runName = null, IReadOnlyDictionary<string, string>? tags = null, TimeProvider? time = null, CancellationToken ct = default)
    {
        time ??= TimeProvider.System;
        var experimentId = await store.GetOrCreateExperimentAsync(experimentName, ct);
        var info = await store.CreateRunAsync(experimentId, runName, time.GetUtcNow().ToUnixTimeMilliseconds(), tags, ct);
        return new ActiveRun(store, artifacts, time, info);
    }

    /// <summary>Logs params (written at once).</summary>
    public Task LogParamsAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken ct = default) =>
        _store.LogBatchAsync(RunId, [], parameters, Empty, ct);

    /// <summary>Sets tags (written at once).</summary>
    public Task SetTagsAsync(IReadOnlyDictionary<string, string> tags, CancellationToken ct = default) =>
        _store.LogBatchAsync(RunId, [], Empty, tags, ct);

    /// <summary>Buffers one metric value at <paramref name="step"/>, stamped now; written in batches and at <see cref="EndAsync"/>.</summary>
    public async Task LogMetricAsync(string key, double value, long step = 0, CancellationToken ct = default)
    {
        _pendingMetrics.Add(new Metric(key, value, Now(), step));
        if (_pendingMetrics.Count >= MetricBatchSize)
        {
            await FlushAsync(ct);
        }
    }

    /// <summary>Buffers several metric values at the same <paramref name="step"/>.</summary>
    public async Task LogMetricsAsync(IEnumerable<KeyValuePair<string, double>> metrics, long step = 0, CancellationToken ct = default)
    {
        foreach (var (key, value) in metrics)
        {
            await LogMetricAsync(key, value, step, ct);
        }
    }

    /// <summary>Copies a file or folder into the run's artifacts, under <paramref name="artifactPath"/> when given.</summary>
    public async Task LogArtifactsAsync(string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        await _artifacts.LogArtifactsAsync(Info.ArtifactUri, localPath, artifactPath, ct);
    }

    /// <summary>Writes the buffered metrics now.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        if (_pendingMetrics.Count == 0)
        {
            return;
        }
        var batch = _pendingMetrics.ToArray();
        _pendingMetrics.Clear();
        await _store.LogBatchAsync(RunId, batch, Empty, Empty, ct);
    }

    /// <summary>Writes the buffered metrics and ends the run with <paramref name="status"/>; a second call does nothing.</summary>
    public async Task EndAsync(RunStatus status = RunStatus.Finished, CancellationToken ct = default)
    {
        if (_ended)
        {
            return;
        }
        await FlushAsync(ct);
        Info = await _store.UpdateRunAsync(RunId, status, Now(), ct: ct);
        _ended = true;
    }

    /// <summary>Ends the run as FAILED unless <see cref="EndAsync"/> was called.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            await EndAsync(RunStatus.Failed);
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
