using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>One lane of a sweep: cross-validates trials one after another, in this process or in a worker process.</summary>
internal interface ITrialCrossValidator : IAsyncDisposable
{
    /// <summary>False once the lane can take no more trials (its worker process is gone); the other lanes take the rest.</summary>
    bool Usable { get; }

    /// <summary>
    /// Cross-validates <paramref name="trial"/>; <paramref name="p"/> is its params as the parent loaded them (a worker loads
    /// them again from the trial's overrides). Throws with the reason when the trial fails.
    /// </summary>
    Task<CrossValidationResult> CrossValidateAsync(SweepTrial trial, PipelineParams p, CancellationToken ct);
}
