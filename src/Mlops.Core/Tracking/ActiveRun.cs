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

    public RunInfo Info { get; private set; }

    public string RunId => Info.RunId;

    public static async Task<ActiveRun> StartAsync(ITrackingStore store, IArtifactStore artifacts, string experimentName,
        string? runName = null, IReadOnlyDictionary<string, string>? tags = null, TimeProvider? time = null, CancellationToken ct = default)
    {
        time ??= TimeProvider.System;
        var experimentId = await store.GetOrCreateExperimentAsync(experimentName, ct);
        var info = await store.CreateRunAsync(experimentId, runName, time.GetUtcNow().ToUnixTimeMilliseconds(), tags, ct);
        return new ActiveRun(store, artifacts, time, info);
    }

    public Task LogParamsAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken ct = default) =>
        _store.LogBatchAsync(RunId, [], parameters, Empty, ct);

    public Task SetTagsAsync(IReadOnlyDictionary<string, string> tags, CancellationToken ct = default) =>
        _store.LogBatchAsync(RunId, [], Empty, tags, ct);

    public async Task LogMetricAsync(string key, double value, long step = 0, CancellationToken ct = default)
    {
        _pendingMetrics.Add(new Metric(key, value, Now(), step));
        if (_pendingMetrics.Count >= MetricBatchSize)
        {
            await FlushAsync(ct);
        }
    }

    public async Task LogMetricsAsync(IEnumerable<KeyValuePair<string, double>> metrics, long step = 0, CancellationToken ct = default)
    {
        foreach (var (key, value) in metrics)
        {
            await LogMetricAsync(key, value, step, ct);
        }
    }

    public async Task LogArtifactsAsync(string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        await _artifacts.LogArtifactsAsync(Info.ArtifactUri, localPath, artifactPath, ct);
    }

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
