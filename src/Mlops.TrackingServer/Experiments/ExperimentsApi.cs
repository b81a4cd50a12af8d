using Mlops.Core.Tracking.Search;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Search;

namespace Mlops.TrackingServer.Experiments;

/// <summary>MLflow's experiments endpoints over <see cref="ITrackingStore"/>.</summary>
internal static partial class ExperimentsApi
{
    private const int SearchDefault = 1000;

    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        routes.MapPost("/experiments/create", context => CreateAsync(context, tracking, locations));
        routes.MapGet("/experiments/get", context => GetAsync(context, tracking, locations));
        routes.MapGet("/experiments/get-by-name", context => GetByNameAsync(context, tracking, locations));
        routes.MapPost("/experiments/search", context => SearchAsync(context, tracking, locations, fromQuery: false));
        routes.MapGet("/experiments/search", context => SearchAsync(context, tracking, locations, fromQuery: true));
        routes.MapPost("/experiments/set-experiment-tag", context => SetTagAsync(context, tracking));
        routes.MapPost("/experiments/delete", context => DeleteAsync(context, tracking, restore: false));
        routes.MapPost("/experiments/restore", context => DeleteAsync(context, tracking, restore: true));
        routes.MapPost("/experiments/update", context => UpdateAsync(context, tracking));
        return routes;
    }

    private static async Task CreateAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.CreateExperimentRequest);
        var name = WireRequest.Required(request.Name, "name");
        var location = string.IsNullOrEmpty(request.ArtifactLocation) ? null : locations.Check(request.ArtifactLocation, "artifact_location");
        var id = await tracking.CreateExperimentAsync(name, location, KeyValues.ToDictionary(request.Tags, "tags"), context.RequestAborted);
        await WireResponse.WriteAsync(context, new CreateExperimentResponse(id), MlflowJsonContext.Default.CreateExperimentResponse);
    }

    private static async Task GetAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations)
    {
        var id = WireRequest.Required(WireRequest.Query(context, "experiment_id"), "experiment_id");
        var experiment = await tracking.GetExperimentAsync(id, context.RequestAborted);
        await WriteExperimentAsync(context, locations, experiment);
    }

    private static async Task GetByNameAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations)
    {
        var name = WireRequest.Required(WireRequest.Query(context, "experiment_name"), "experiment_name");
        var experiment = await tracking.GetExperimentByNameAsync(name, context.RequestAborted)
            ?? throw MlopsException.NotFound($"Could not find experiment with name {ErrorText.Quote(name)}");
        await WriteExperimentAsync(context, locations, experiment);
    }

    private static async Task SearchAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations, bool fromQuery)
    {
        var request = fromQuery
            ? new SearchExperimentsRequest(WireRequest.QueryInt64(context, "max_results"), WireRequest.Query(context, "page_token"),
                WireRequest.Query(context, "filter"), [.. context.Request.Query["order_by"].OfType<string>()], WireRequest.Query(context, "view_type"))
            : await WireRequest.ReadAsync(context, MlflowJsonContext.Default.SearchExperimentsRequest);
        var window = SearchWindow.Read(request.MaxResults, request.PageToken, SearchDefault, SearchPaging.MaxResultsLimit);
        var comparisons = SearchFilter.Parse(request.Filter, SearchGrammar.Experiments);
        var all = await tracking.ListExperimentsAsync(WireEnums.ParseViewType(request.ViewType, "view_type"), context.RequestAborted);
        var matching = all.Where(e => InMemoryFilter.Matches(comparisons, c => ValueOf(e, c))).ToList();
        matching.Sort(ExperimentOrder.Parse(request.OrderBy));
        var page = window.Of(matching).Select(e => ExperimentWire.From(e, locations)).ToList();
        await WireResponse.WriteAsync(context, new SearchExperimentsResponse(page.Count == 0 ? null : page, window.NextToken(matching.Count)),
            MlflowJsonContext.Default.SearchExperimentsResponse);
    }

    private static async Task SetTagAsync(HttpContext context, ITrackingStore tracking)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.SetExperimentTagRequest);
        await tracking.SetExperimentTagAsync(WireRequest.Required(request.ExperimentId, "experiment_id"),
            WireRequest.Required(request.Key, "key"), request.Value ?? "", context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static Task WriteExperimentAsync(HttpContext context, ArtifactLocations locations, Experiment experiment) =>
        WireResponse.WriteAsync(context, new ExperimentResponse(ExperimentWire.From(experiment, locations)),
            MlflowJsonContext.Default.ExperimentResponse);

    private static string? ValueOf(Experiment e, SearchComparison clause) => clause.Entity == SearchEntity.Tag
        ? e.Tags.GetValueOrDefault(clause.Key)
        : clause.Key switch
        {
            "name" => e.Name,
            "creation_time" => e.CreationTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => e.LastUpdateTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
}
