using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>A lane that cross-validates in this process, on the training rows the sweep already read.</summary>
internal sealed class InProcessCrossValidator(FeatureTable train, int folds) : ITrialCrossValidator
{
    public bool Usable => true;

    public Task<CrossValidationResult> CrossValidateAsync(SweepTrial trial, PipelineParams p, CancellationToken ct) =>
        Task.Run(() => ModelTrainer.CrossValidate(p.Model, p.Schema.TargetClasses, train, folds), ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
