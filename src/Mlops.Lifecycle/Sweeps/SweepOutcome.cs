using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// What a sweep did: the parent run, every trial best first (failed ones last, in trial order), the best trial and the
/// pipeline run that retrained it (null when every trial failed).
/// </summary>
public sealed record SweepOutcome(
    string ParentRunId,
    string Metric,
    MetricDirection Direction,
    int Folds,
    IReadOnlyList<string> SweptKeys,
    IReadOnlyList<SweepTrialResult> Ranked,
    int Parallelism,
    TimeSpan TrialsElapsed)
{
    public SweepTrialResult? Best => Ranked.FirstOrDefault(r => !r.Failed);

    /// <summary>The pipeline run of the best trial's params on all training rows: evaluated on the test rows and registered.</summary>
    public PipelineRunReport? BestRun { get; init; }

    /// <summary>How many of the lanes were worker processes (the others trained in this process).</summary>
    public int WorkerProcesses { get; init; }
}
