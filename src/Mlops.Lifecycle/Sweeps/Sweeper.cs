using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Stages;
using Mlops.Pipeline.Definition;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// `mlops sweep`: brings the features stage up to date, cross-validates every trial on the training rows in parallel
/// (each a child run of one parent run), ranks them, then retrains the best trial's params on all training rows through
/// the pipeline itself, so the test-set evaluation, registration and promotion rules are the ones `pipeline run` applies.
/// </summary>
public sealed partial class Sweeper
{
    public async Task<SweepOutcome> RunAsync(SweepRequest request, CancellationToken ct = default)
    {
        var baseOptions = new PipelineRunOptions(request.Workspace) { ParamsFile = request.ParamsFile, Overrides = request.Overrides };
        var (definition, document, p) = LifecyclePipeline.Load(baseOptions);
        var trials = Trials(request, p.Sweep);
        foreach (var key in trials[0].Assignments.Select(a => a.Key).Where(k => !document.ContainsKey(k)))
        {
            throw MlopsException.Invalid($"unknown params key '{key}' (no such key in {document.SourceName})");
        }
        var parallelism = Math.Min(trials.Count, (request.Parallelism ?? p.Sweep.Parallelism) is > 0 and var n ? n : Environment.ProcessorCount);
        var stores = request.Stores;
        var parent = await ActiveRun.StartAsync(stores.Tracking, stores.Artifacts, p.Tracking.Experiment,
            $"sweep-{request.Time.GetUtcNow():yyyyMMdd-HHmmss}", ParentTags(request, trials.Count), request.Time, ct);
        try
        {
            await parent.LogParamsAsync(ParentParams(request, p.Sweep, trials, parallelism), ct);
            var outcome = await CrossValidateAllAsync(request, definition, baseOptions, p, parent.RunId, trials, parallelism, ct);
            await SweepRecord.TrialsAsync(parent, outcome, ct);
            if (outcome.Best is not { } best)
            {
                await SweepRecord.FailAsync(parent, "every trial failed", request);
                return outcome;
            }
            request.Say($"best: {best.Trial.RunName(trials.Count)} ({string.Join(" ", best.Trial.Overrides)}); retraining it on all training rows");
            var report = await Pipeline(request).RunAsync(baseOptions with
            {
                Overrides = [.. request.Overrides, .. best.Trial.Overrides],
                RunTags = new Dictionary<string, string>(ChildTags(parent.RunId, "best"))
                {
                    [SweepTags.Trial] = best.Trial.Number.ToString(CultureInfo.InvariantCulture),
                },
                OnWarning = request.OnProgress,
            }, request.StageProgress, ct);
            outcome = outcome with { BestRun = report };
            await SweepRecord.BestAsync(parent, outcome, ct);
            await parent.EndAsync(RunStatus.Finished, ct);
            return outcome;
        }
        catch (Exception e)
        {
            await SweepRecord.FailAsync(parent, e.Message, request);
            throw;
        }
    }

    /// <summary>Brings the features stage up to date, then cross-validates every trial; the outcome has no retrained best yet.</summary>
    private static async Task<SweepOutcome> CrossValidateAllAsync(SweepRequest request, PipelineDefinition definition, PipelineRunOptions baseOptions,
        PipelineParams p, string parentRunId, IReadOnlyList<SweepTrial> trials, int parallelism, CancellationToken ct)
    {
        // Started before the features stage so that their start-up overlaps it; they read the training rows at their first trial.
        await using var workers = await SweepWorkers.StartAsync(request, parallelism,
            new SweepWorkerJob(request.Workspace, request.ParamsFile, request.Overrides, p.Sweep.Folds), ct);
        var trainTable = new StagePaths(p).TrainTable;
        var featureStage = definition.TopologicalOrder.FirstOrDefault(s => s.Produces(trainTable))?.Name
            ?? throw MlopsException.Invalid($"no stage of {LifecyclePipeline.PipelineFile} writes {trainTable}, the table the trials are fitted on");
        request.Say($"sweep {parentRunId}: {trials.Count} trials, {p.Sweep.Folds}-fold cross-validation, {parallelism} at a time");
        await Pipeline(request).RunAsync(baseOptions with { TargetStage = featureStage, RunTags = ChildTags(parentRunId, "features") },
            request.StageProgress, ct);
        var train = new Lazy<FeatureTable>(() => FeatureTableReader.Read(Path.Combine(Path.GetFullPath(request.Workspace), trainTable)));

        var started = request.Time.GetTimestamp();
        var results = await RunTrialsAsync(request, p, parentRunId, workers.Lanes(train, parallelism, p.Sweep.Folds),
            new InProcessCrossValidator(train, p.Sweep.Folds), trials, ct);
        return Rank(p, trials, results, parallelism, request.Time.GetElapsedTime(started), parentRunId) with { WorkerProcesses = workers.Count };
    }

    private static IReadOnlyList<SweepTrial> Trials(SweepRequest request, SweepParams sweep) => (request.Grid.Count, request.RandomTrials) switch
    {
        (> 0, null) => SweepSpace.Grid(request.Grid, sweep.MaxTrials),
        (0, { } n) => SweepSpace.Random(sweep, n, request.Seed ?? sweep.Seed),
        (> 0, _) => throw MlopsException.Invalid("give either --grid or --random, not both"),
        _ => throw MlopsException.Invalid("nothing to sweep: give --grid KEY=V1,V2 (repeatable) or --random N (ranges from sweep.space in params.yaml)"),
    };

    /// <summary>
    /// Each lane takes the next trial as it frees up; trials still queued when every lane has stopped (their worker
    /// processes died) train in <paramref name="fallback"/>, in this process.
    /// </summary>
    private static async Task<IReadOnlyList<SweepTrialResult>> RunTrialsAsync(SweepRequest request, PipelineParams p, string parentRunId,
        IReadOnlyList<ITrialCrossValidator> lanes, ITrialCrossValidator fallback, IReadOnlyList<SweepTrial> trials, CancellationToken ct)
    {
        var runner = new SweepTrialRunner(request, p.Tracking.Experiment, parentRunId, p.Sweep.Folds, trials.Count);
        var results = new SweepTrialResult[trials.Count];
        var queue = new System.Collections.Concurrent.ConcurrentQueue<SweepTrial>(trials);
        var done = 0;
        async Task Drain(ITrialCrossValidator lane)
        {
            while (lane.Usable && queue.TryDequeue(out var trial))
            {
                var result = await runner.RunAsync(trial, lane, ct);
                results[trial.Number - 1] = result;
                request.Say($"{Interlocked.Increment(ref done)}/{trials.Count} {trial.RunName(trials.Count)} " + (result.Failed
                    ? $"FAILED: {result.Error}"
                    : $"{p.Sweep.Metric} {result.Score(p.Sweep.Metric).Mean:0.0000} ± {result.Score(p.Sweep.Metric).Std:0.0000} ({result.Elapsed.TotalSeconds:0.0} s)"));
            }
        }
        await Task.WhenAll(lanes.Select(lane => Task.Run(() => Drain(lane), ct)));
        if (!queue.IsEmpty)
        {
            request.Say($"no worker process is left; the {queue.Count} trials still queued train in this process");
            await Drain(fallback);
        }
        return results;
    }

    /// <summary>Finished trials best first (ties: the smaller std, then the lower number), then the failed ones in trial order.</summary>
    private static SweepOutcome Rank(PipelineParams p, IReadOnlyList<SweepTrial> trials, IReadOnlyList<SweepTrialResult> results,
        int parallelism, TimeSpan elapsed, string parentRunId)
    {
        var metric = p.Sweep.Metric;
        var direction = MetricDirections.Of(metric, metric == p.Registry.ChampionMetric ? p.Registry.Direction : MetricDirections.Auto);
        var sign = direction == MetricDirection.HigherIsBetter ? -1 : 1;
        var ranked = results.Where(r => !r.Failed)
            .OrderBy(r => sign * r.Score(metric).Mean).ThenBy(r => r.Score(metric).Std).ThenBy(r => r.Trial.Number)
            .Concat(results.Where(r => r.Failed))
            .ToList();
        var keys = trials[0].Assignments.Select(a => a.Key).ToList();
        return new SweepOutcome(parentRunId, metric, direction, p.Sweep.Folds, keys, ranked, parallelism, elapsed);
    }

    private static LifecyclePipeline Pipeline(SweepRequest request) => new(() => request.Stores, request.Time);
}
