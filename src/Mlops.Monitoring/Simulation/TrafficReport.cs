namespace Mlops.Monitoring.Simulation;

/// <summary>
/// What a simulation did. <see cref="Accuracy"/> compares every answered prediction with its row's true label
/// (labelled or not): the realised accuracy a monitor should find once all labels are in. The feedback counts are
/// the server's answers summed over the posts (null when it did not say).
/// </summary>
public sealed record TrafficReport(
    int Sent,
    int Answered,
    IReadOnlyDictionary<int, int> RefusedByStatus,
    string? FirstRefusal,
    int LabelsPosted,
    int? LabelsAccepted,
    int? LabelsReplaced,
    int? LabelsRejected,
    string? FirstFeedbackError,
    double? Accuracy,
    TimeSpan Elapsed)
{
    public int Refused => RefusedByStatus.Values.Sum();

    /// <summary>Answered requests per the <c>variant</c> field of the responses (empty when no A/B test answered).</summary>
    public IReadOnlyDictionary<string, int> RequestsByVariant { get; init; } = new Dictionary<string, int>();
}
