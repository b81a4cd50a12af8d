using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;

namespace Mlops.Monitoring.Tests.AbTesting;

/// <summary>A tracking and artifact store that keeps one run in memory: its tags, metrics, final status and files' contents.</summary>
internal sealed class RecordingTracking : ITrackingStore, IArtifactStore
{
    public Dictionary<string, string> Tags { get; } = [];

    public Dictionary<string, double> Metrics { get; } = [];

    public Dictionary<string, string> Files { get; } = [];

    public RunInfo? Run { get; private set; }

    public string? Experiment { get; private set; }

    public Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default) => Task.FromResult<Experiment?>(null);

    public Task<string> CreateExperimentAsync(string name, string? artifactLocation = null, IReadOnlyDictionary<string, string>? tags = null,
        CancellationToken ct = default)
    {
        Experiment = name;
        return Task.FromResult("1");
    }

    public Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime, IReadOnlyDictionary<string, string>? tags = null,
        CancellationToken ct = default)
    {
        foreach (var (key, value) in tags ?? new Dictionary<string, string>())
        {
            Tags[key] = value;
        }
        Run = new RunInfo("run-1", experimentId, runName ?? "", RunStatus.Running, startTime, null, "memory://run-1", LifecycleStage.Active);
        return Task.FromResult(Run);
    }

    public Task LogBatchAsync(string runId, IReadOnlyList<Metric> metrics, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct = default)
    {
        foreach (var metric in metrics)
        {
            Metrics[metric.Key] = metric.Value;
        }
        return Task.CompletedTask;
    }

    public Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null, CancellationToken ct = default)
    {
        Run = Run! with { Status = status, EndTime = endTime };
        return Task.FromResult(Run);
    }

    public async Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        foreach (var file in Directory.GetFiles(localPath))
        {
            Files[Path.GetFileName(file)] = await File.ReadAllTextAsync(file, ct);
        }
    }

    public Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default) => throw new NotSupportedException();
    public Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default) => throw new NotSupportedException();
    public Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Run> GetRunAsync(string runId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task DeleteTagAsync(string runId, string key, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Page<Run>> SearchRunsAsync(RunSearch search, CancellationToken ct = default) => throw new NotSupportedException();
    public Task DeleteRunAsync(string runId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task RestoreRunAsync(string runId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default) => throw new NotSupportedException();
}
