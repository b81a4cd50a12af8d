using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Web.Charts;

namespace Mlops.Web.Compare;

/// <summary>
/// 2 to 10 runs side by side (query <c>run</c>, repeated): params with differing rows highlighted, latest metrics with
/// the best per row, the chosen metric's histories overlaid, and the chosen param against that metric as a scatter.
/// </summary>
public sealed partial class ComparePage
{
    private IReadOnlyList<Run> runs = [];
    private IReadOnlyList<(string Key, IReadOnlyList<string> Values, bool Differs)> paramRows = [];
    private IReadOnlyList<(string Key, IReadOnlyList<double?> Values, int? Best)> metricRows = [];
    private IReadOnlyList<ChartSeries> histories = [];
    private CompareScatter? scatter;
    private string? metric;
    private string? param;
    private string? problem;

    [Inject] private ITrackingStore Tracking { get; set; } = null!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "run")] private string[]? RunIds { get; set; }

    [SupplyParameterFromQuery(Name = "metric")] private string? Metric { get; set; }

    [SupplyParameterFromQuery(Name = "param")] private string? Param { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var ids = (RunIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        problem = CompareSelection.Problem(ids);
        if (problem is null)
        {
            try
            {
                var loaded = new List<Run>();
                foreach (var id in ids)
                {
                    loaded.Add(await Tracking.GetRunAsync(id));
                }
                runs = loaded;
            }
            catch (MlopsException e) when (e.Code is ErrorCode.ResourceDoesNotExist or ErrorCode.InvalidParameterValue)
            {
                problem = e.Message;
            }
        }
        if (problem is not null)
        {
            HttpContext?.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        paramRows = CompareTables.Params(runs);
        metricRows = CompareTables.Metrics(runs);
        metric = metricRows.Any(m => m.Key == Metric) ? Metric : metricRows.FirstOrDefault().Key;
        // A param that differs says the most about the metric; the first such one is the default.
        param = paramRows.Any(p => p.Key == Param) ? Param : (paramRows.FirstOrDefault(p => p.Differs).Key ?? paramRows.FirstOrDefault().Key);
        if (metric is not null)
        {
            histories = await HistoriesAsync(metric);
            scatter = param is null ? null : CompareScatter.Of(runs, param, metric);
        }
    }

    private async Task<IReadOnlyList<ChartSeries>> HistoriesAsync(string key)
    {
        var series = new List<ChartSeries>();
        foreach (var run in runs)
        {
            var history = await Tracking.GetMetricHistoryAsync(run.Info.RunId, key);
            series.Add(ChartSeries.Thinned(run.Info.RunName, history.OrderBy(m => m.Step).ThenBy(m => m.Timestamp).Select(m => new ChartPoint(m.Step, m.Value))));
        }
        return series;
    }
}
