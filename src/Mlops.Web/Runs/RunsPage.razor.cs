using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;

namespace Mlops.Web.Runs;

/// <summary>
/// The runs table of one or more experiments: a page of <see cref="RunsQuery.PageSize"/> runs from the store's search
/// (MLflow's filter grammar and order_by, offset page tokens), the chosen metric/param/tag columns and checkboxes
/// feeding the compare page. A filter the grammar refuses is shown with the parser's message and a 400.
/// </summary>
public sealed partial class RunsPage
{
    private RunsQuery query = new([], null, null, [], null);
    private IReadOnlyList<Experiment> shownExperiments = [];
    private Dictionary<string, string> experimentNames = [];
    private IReadOnlyList<Run> runs = [];
    private IReadOnlyList<RunColumn> columns = [];
    private RunColumnChoices available = RunColumnChoices.Empty;
    private string? nextPage;
    private string? error;
    private int offset;

    [Inject] private ITrackingStore Tracking { get; set; } = null!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "exp")] private string[]? Exp { get; set; }

    [SupplyParameterFromQuery(Name = "filter")] private string? Filter { get; set; }

    [SupplyParameterFromQuery(Name = "order")] private string? Order { get; set; }

    [SupplyParameterFromQuery(Name = "col")] private string[]? Col { get; set; }

    [SupplyParameterFromQuery(Name = "page")] private string? PageToken { get; set; }

    protected override async Task OnInitializedAsync()
    {
        query = new RunsQuery(Exp ?? [], Filter, Order, Col ?? [], PageToken);
        var experiments = await Tracking.ListExperimentsAsync();
        experimentNames = experiments.ToDictionary(e => e.ExperimentId, e => e.Name, StringComparer.Ordinal);
        shownExperiments = query.Experiments.Count == 0 ? experiments : [.. experiments.Where(e => query.Experiments.Contains(e.ExperimentId))];
        try
        {
            offset = SearchPaging.DecodeToken(query.Page);
            var page = await Tracking.SearchRunsAsync(new RunSearch([.. shownExperiments.Select(e => e.ExperimentId)], query.Filter,
                [query.EffectiveOrder], RunsQuery.PageSize, query.Page));
            runs = page.Items;
            nextPage = page.NextPageToken;
        }
        catch (Core.Errors.MlopsException e) when (e.Code is Core.Errors.ErrorCode.InvalidParameterValue or Core.Errors.ErrorCode.BadRequest)
        {
            error = e.Message;
            HttpContext?.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        available = RunColumnChoices.Of(runs);
        columns = query.Columns.Count > 0
            ? [.. query.Columns.Select(RunColumn.Parse).OfType<RunColumn>()]
            : [.. available.Metrics.Take(DefaultMetricColumns), .. available.Params.Take(DefaultParamColumns)];
    }

    // Without a choice in the URL: enough columns to read a page, few enough to keep it small at 30 metrics and 20 params.
    private const int DefaultMetricColumns = 10;
    private const int DefaultParamColumns = 6;

    private string? PreviousToken() => offset <= RunsQuery.PageSize ? null : SearchPaging.EncodeToken(offset - RunsQuery.PageSize);
}
