using Mlops.Core.Tracking;
using Mlops.Monitoring.Reports;

namespace Mlops.Web.Monitoring;

/// <summary>
/// Finds a model's monitoring runs in every experiment by the tag `mlops monitor run` sets, so the page works whatever
/// monitoring.experiment_prefix the project uses. Newest first, one page at a time (the store's page token).
/// </summary>
public static class DriftRuns
{
    public static async Task<Page<Run>> SearchAsync(ITrackingStore tracking, string model, int pageSize, string? pageToken, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        var experiments = await tracking.ListExperimentsAsync(ViewType.ActiveOnly, ct);
        if (experiments.Count == 0)
        {
            return new Page<Run>([], null);
        }
        // The grammar has no escapes inside a string: a name holding ' is quoted with ".
        var quote = model.Contains('\'', StringComparison.Ordinal) ? '"' : '\'';
        var filter = $"tags.`{MonitoringRunRecorder.ModelNameTag}` = {quote}{model}{quote}";
        return await tracking.SearchRunsAsync(new RunSearch([.. experiments.Select(e => e.ExperimentId)], filter,
            ["attributes.start_time DESC"], pageSize, pageToken), ct);
    }
}
