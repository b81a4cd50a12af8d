using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// A lane that cross-validates in this process, on the training rows read once for all such lanes at their first trial
/// (a sweep whose lanes are all worker processes never reads them here).
/// </summary>
internal sealed class InProcessCrossValidator(Lazy<FeatureTable> train, int folds) : ITrialCrossValidator
{
    public bool Usable => true;

    public Task<CrossValidationResult> CrossValidateAsync(SweepTrial trial, PipelineParams p, CancellationToken ct) =>
        Task.Run(() => ModelTrainer.CrossValidate(p.Model, p.Schema.TargetClasses, train.Value, folds), ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
