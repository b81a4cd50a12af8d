using Microsoft.AspNetCore.Components;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Web.Charts;

namespace Mlops.Web.Runs;

/// <summary>One run: info and lineage, metrics with a history chart for each metric logged at more than one step, params, tags, artifacts.</summary>
public sealed partial class RunDetailPage
{
    private Run? run;
    private string? experimentName;
    private IReadOnlyList<ChartSeries> histories = [];

    [Inject] private ITrackingStore Tracking { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Parameter] public string RunId { get; set; } = "";

    /// <summary>The artifact folder to list or file to preview (query <c>artifact</c>).</summary>
    [SupplyParameterFromQuery(Name = "artifact")] private string? Artifact { get; set; }

    protected override async Task OnInitializedAsync()
    {
        try
        {
            run = await Tracking.GetRunAsync(RunId);
        }
        catch (MlopsException e) when (e.Code is ErrorCode.ResourceDoesNotExist or ErrorCode.InvalidParameterValue)
        {
            // The router's not-found page with a 404 (a status set by hand here would drop the body).
            Navigation.NotFound();
            return;
        }
        experimentName = (await Tracking.GetExperimentAsync(run.Info.ExperimentId)).Name;
        var series = new List<ChartSeries>();
        foreach (var metric in run.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var history = await Tracking.GetMetricHistoryAsync(run.Info.RunId, metric.Key);
            if (history.Count > 1)
            {
                series.Add(ChartSeries.Thinned(metric.Key, history.OrderBy(m => m.Step).ThenBy(m => m.Timestamp).Select(m => new ChartPoint(m.Step, m.Value))));
            }
        }
        histories = series;
    }
}
