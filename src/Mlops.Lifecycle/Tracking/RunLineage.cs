using Mlops.Core.Tracking;
using Mlops.Lifecycle.Stages;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Status;

namespace Mlops.Lifecycle.Tracking;

/// <summary>
/// Writes into the tracked run exactly what the stages behind its outputs used and produced: each such stage's params
/// (the values its outputs were made with: it ran now, or its lock entry matches them) and the metrics files it wrote.
/// A stage left stale by a partial run is not part of the run's lineage, so its params and metrics are not logged.
/// </summary>
public sealed class RunLineage(PipelineSession session, PipelineDefinition definition)
{
    // One task per stage: the runner records a stage while the next one runs, and register waits for the records it needs.
    private readonly Dictionary<string, Task> _recorded = new(StringComparer.Ordinal);
    // One record at a time: the run's metric buffer and the metrics below are not shared safely.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly SortedDictionary<string, double> _metrics = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? _params;

    /// <summary>Every metric logged so far, with its prefix.</summary>
    public IReadOnlyDictionary<string, double> Metrics => _metrics;

    /// <summary>
    /// Logs one stage's params and metrics, once (a second call waits for the first); the stage's outputs must be the
    /// ones it just produced or is up to date with.
    /// </summary>
    public Task RecordStageAsync(StageDefinition stage, CancellationToken ct)
    {
        lock (_recorded)
        {
            if (!_recorded.TryGetValue(stage.Name, out var recording))
            {
                recording = WriteStageAsync(stage, ct);
                _recorded[stage.Name] = recording;
            }
            return recording;
        }
    }

    // One store write per stage: its params, its metrics and the run's heartbeat (a stage boundary is a sign of life).
    private async Task WriteStageAsync(StageDefinition stage, CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            var run = await session.EnsureRunAsync(ct);
            await session.BehindStage(stage.Name);
            var parameters = AllParams.Where(kv => stage.Params.Any(p => Covers(p, kv.Key))).ToDictionary(kv => kv.Key, kv => kv.Value);
            var metrics = new List<Metric>();
            var now = session.Time.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var file in stage.Metrics)
            {
                var full = session.FullPath(file);
                if (!File.Exists(full))
                {
                    continue;
                }
                foreach (var (key, value) in JsonMetrics.Flatten(File.ReadAllText(full), PrefixOf(file)))
                {
                    metrics.Add(new Metric(key, value, now));
                    _metrics[key] = value;
                }
            }
            await session.Tracking.LogBatchAsync(run.RunId, metrics, parameters, RunHeartbeat.BeatTags(session.Time), ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Logs a stage and everything it depends on: called before a model version is created from their outputs.</summary>
    public Task RecordClosureAsync(string stageName, CancellationToken ct) =>
        Task.WhenAll(definition.ClosureOf(stageName).Select(stage => RecordStageAsync(stage, ct)));

    /// <summary>At the end of a run: every stage that is up to date now, and the params no stage declares.</summary>
    public async Task<IReadOnlyList<string>> RecordUpToDateAsync(CancellationToken ct)
    {
        var status = PipelineStatus.Compute(definition, session.Document);
        var lineage = definition.TopologicalOrder.Where(s => !status.Stages.Single(x => x.Stage == s.Name).IsStale).ToList();
        foreach (var stage in lineage)
        {
            await RecordStageAsync(stage, ct);
        }
        var declared = definition.Stages.SelectMany(s => s.Params).ToList();
        var unclaimed = AllParams.Where(kv => !declared.Any(p => Covers(p, kv.Key) || Covers(kv.Key, p))).ToDictionary(kv => kv.Key, kv => kv.Value);
        var run = await session.EnsureRunAsync(ct);
        await run.LogParamsAsync(unclaimed, ct);
        return [.. lineage.Select(s => s.Name)];
    }

    private IReadOnlyDictionary<string, string> AllParams => _params ??= ParamsFlattener.Flatten(session.Document.Root);

    private static bool Covers(string declared, string key) =>
        key == declared || key.StartsWith(declared + ".", StringComparison.Ordinal);

    /// <summary>metrics.json's keys as they are, data quality under `data.`, training under `train.`.</summary>
    private string PrefixOf(string file)
    {
        var paths = new StagePaths(session.Params);
        return file == paths.DataQuality ? "data" : file == paths.TrainReport ? "train" : "";
    }
}
