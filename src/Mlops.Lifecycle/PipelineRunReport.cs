using Mlops.Lifecycle.Registration;
using Mlops.Pipeline.Running;

namespace Mlops.Lifecycle;

/// <summary>What a pipeline run did: each stage's outcome, the tracked run, the metrics it logged and the registration.</summary>
public sealed record PipelineRunReport(
    PipelineRunResult Stages,
    string? RunId,
    IReadOnlyDictionary<string, double> HeadlineMetrics,
    RegistrationOutcome? Registration)
{
    /// <summary>Runs left RUNNING by a crashed pipeline that this run marked FAILED, each as "id: reason".</summary>
    public IReadOnlyList<string> ReapedRuns { get; init; } = [];

    /// <summary>The feature set version the features stage recorded (Created: a new one), null when it did not run or the store keeps none.</summary>
    public Core.Features.FeatureSetRecording? FeatureSet { get; init; }
}
