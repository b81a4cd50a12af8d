using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Tracking;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// Runs one trial as a child run of the sweep: its params are logged first, so a trial that fails (bad params, a trainer
/// that throws) is still recorded FAILED with what it tried and the reason; the sweep then goes on.
/// </summary>
internal sealed class SweepTrialRunner(SweepRequest request, string experiment, string parentRunId, int folds, int trialCount)
{
    public async Task<SweepTrialResult> RunAsync(SweepTrial trial, ITrialCrossValidator lane, CancellationToken ct)
    {
        var started = request.Time.GetTimestamp();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SweepTags.ParentRun] = parentRunId,
            [SweepTags.Trial] = trial.Number.ToString(CultureInfo.InvariantCulture),
            [SweepTags.Role] = "trial",
            ["mlflow.source.type"] = "JOB",
            ["mlflow.source.name"] = "mlops sweep",
        };
        var run = await ActiveRun.StartAsync(request.Stores.Tracking, request.Stores.Artifacts, experiment, trial.RunName(trialCount), tags, request.Time, ct);
        var given = trial.Assignments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        await run.LogParamsAsync(new Dictionary<string, string>(given) { ["sweep.folds"] = folds.ToString(CultureInfo.InvariantCulture) }, ct);
        try
        {
            var (_, document, p) = LifecyclePipeline.Load(new PipelineRunOptions(request.Workspace)
            {
                ParamsFile = request.ParamsFile,
                Overrides = [.. request.Overrides, .. trial.Overrides],
            });
            var cv = await lane.CrossValidateAsync(trial, p, ct);
            // The rest of the model section, so a trial's run compares with a pipeline run's key for key.
            var model = ParamsFlattener.Flatten(document.Root)
                .Where(kv => kv.Key.StartsWith(Training.Configuration.SweepParams.SweptSection, StringComparison.Ordinal) && !given.ContainsKey(kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            await run.LogParamsAsync(model, ct);
            await run.LogMetricsAsync(SweepMetrics.Of(cv), ct: ct);
            for (var f = 0; f < cv.Folds; f++)
            {
                await run.LogMetricAsync(SweepMetrics.FoldAccuracy, cv.FoldAccuracy[f], f, ct);
                await run.LogMetricAsync(SweepMetrics.FoldMacroF1, cv.FoldMacroF1[f], f, ct);
            }
            await run.EndAsync(RunStatus.Finished, ct);
            return new SweepTrialResult(trial, run.RunId, cv, null, request.Time.GetElapsedTime(started));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await run.SetTagsAsync(new Dictionary<string, string> { [SweepTags.Error] = e.Message }, CancellationToken.None);
            await run.EndAsync(RunStatus.Failed, CancellationToken.None);
            return new SweepTrialResult(trial, run.RunId, null, e.Message, request.Time.GetElapsedTime(started));
        }
    }
}
