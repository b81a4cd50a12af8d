using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Stages;
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
            var trainTable = new StagePaths(p).TrainTable;
            var featureStage = definition.TopologicalOrder.FirstOrDefault(s => s.Produces(trainTable))?.Name
                ?? throw MlopsException.Invalid($"no stage of {LifecyclePipeline.PipelineFile} writes {trainTable}, the table the trials are fitted on");
            request.Say($"sweep {parent.RunId}: {trials.Count} trials, {p.Sweep.Folds}-fold cross-validation, {parallelism} at a time");
            await Pipeline(request).RunAsync(baseOptions with { TargetStage = featureStage, RunTags = ChildTags(parent.RunId, "features") },
                request.StageProgress, ct);
            var train = FeatureTableReader.Read(Path.Combine(Path.GetFullPath(request.Workspace), trainTable));

            var started = request.Time.GetTimestamp();
            var results = await RunTrialsAsync(request, p, parent.RunId, train, trials, parallelism, ct);
            var outcome = Rank(p, trials, results, parallelism, request.Time.GetElapsedTime(started), parent.RunId);
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

    private static IReadOnlyList<SweepTrial> Trials(SweepRequest request, SweepParams sweep) => (request.Grid.Count, request.RandomTrials) switch
    {
        (> 0, null) => SweepSpace.Grid(request.Grid, sweep.MaxTrials),
        (0, { } n) => SweepSpace.Random(sweep, n, request.Seed ?? sweep.Seed),
        (> 0, _) => throw MlopsException.Invalid("give either --grid or --random, not both"),
        _ => throw MlopsException.Invalid("nothing to sweep: give --grid KEY=V1,V2 (repeatable) or --random N (ranges from sweep.space in params.yaml)"),
    };

    private static async Task<IReadOnlyList<SweepTrialResult>> RunTrialsAsync(SweepRequest request, PipelineParams p, string parentRunId,
        FeatureTable train, IReadOnlyList<SweepTrial> trials, int parallelism, CancellationToken ct)
    {
        var runner = new SweepTrialRunner(request, p.Tracking.Experiment, parentRunId, train, p.Sweep.Folds, trials.Count);
        var results = new SweepTrialResult[trials.Count];
        var done = 0;
        await Parallel.ForEachAsync(trials, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (trial, token) =>
        {
            var result = await runner.RunAsync(trial, token);
            results[trial.Number - 1] = result;
            request.Say($"{Interlocked.Increment(ref done)}/{trials.Count} {trial.RunName(trials.Count)} " + (result.Failed
                ? $"FAILED: {result.Error}"
                : $"{p.Sweep.Metric} {result.Score(p.Sweep.Metric).Mean:0.0000} ± {result.Score(p.Sweep.Metric).Std:0.0000} ({result.Elapsed.TotalSeconds:0.0} s)"));
        });
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
