using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Search;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Experiments;

/// <summary>MLflow's experiments endpoints over <see cref="ITrackingStore"/>.</summary>
internal static partial class ExperimentsApi
{
    private const int SearchDefault = 1000;

    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder routes, ServerState state)
    {
        routes.MapPost("/experiments/create", context => CreateAsync(context, state));
        routes.MapGet("/experiments/get", context => GetAsync(context, state));
        routes.MapGet("/experiments/get-by-name", context => GetByNameAsync(context, state));
        routes.MapPost("/experiments/search", context => SearchAsync(context, state, fromQuery: false));
        routes.MapGet("/experiments/search", context => SearchAsync(context, state, fromQuery: true));
        routes.MapPost("/experiments/set-experiment-tag", context => SetTagAsync(context, state));
        routes.MapPost("/experiments/delete", context => DeleteAsync(context, state, restore: false));
        routes.MapPost("/experiments/restore", context => DeleteAsync(context, state, restore: true));
        routes.MapPost("/experiments/update", context => UpdateAsync(context, state));
        return routes;
    }

    private static async Task CreateAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.CreateExperimentRequest);
        var name = WireRequest.Required(request.Name, "name");
        var location = string.IsNullOrEmpty(request.ArtifactLocation) ? null : state.Locations.Check(request.ArtifactLocation, "artifact_location");
        var id = await state.Tracking.CreateExperimentAsync(name, location, KeyValues.ToDictionary(request.Tags, "tags"), context.RequestAborted);
        await WireResponse.WriteAsync(context, new CreateExperimentResponse(id), MlflowJsonContext.Default.CreateExperimentResponse);
    }

    private static async Task GetAsync(HttpContext context, ServerState state)
    {
        var id = WireRequest.Required(WireRequest.Query(context, "experiment_id"), "experiment_id");
        var experiment = await state.Tracking.GetExperimentAsync(id, context.RequestAborted);
        await WriteExperimentAsync(context, state, experiment);
    }

    private static async Task GetByNameAsync(HttpContext context, ServerState state)
    {
        var name = WireRequest.Required(WireRequest.Query(context, "experiment_name"), "experiment_name");
        var experiment = await state.Tracking.GetExperimentByNameAsync(name, context.RequestAborted)
            ?? throw MlopsException.NotFound($"Could not find experiment with name {ErrorText.Quote(name)}");
        await WriteExperimentAsync(context, state, experiment);
    }

    private static async Task SearchAsync(HttpContext context, ServerState state, bool fromQuery)
    {
        var request = fromQuery
            ? new SearchExperimentsRequest(WireRequest.QueryInt64(context, "max_results"), WireRequest.Query(context, "page_token"),
                WireRequest.Query(context, "filter"), [.. context.Request.Query["order_by"].OfType<string>()], WireRequest.Query(context, "view_type"))
            : await WireRequest.ReadAsync(context, MlflowJsonContext.Default.SearchExperimentsRequest);
        var maxResults = WireEnums.MaxResults(request.MaxResults, SearchDefault, SearchPaging.MaxResultsLimit);
        var offset = SearchPaging.DecodeToken(request.PageToken);
        var comparisons = SearchFilter.Parse(request.Filter, SearchGrammar.Experiments);
        var all = await state.Tracking.ListExperimentsAsync(WireEnums.ParseViewType(request.ViewType, "view_type"), context.RequestAborted);
        var matching = all.Where(e => InMemoryFilter.Matches(comparisons, c => ValueOf(e, c))).ToList();
        matching.Sort(ExperimentOrder.Parse(request.OrderBy));
        var page = matching.Skip(offset).Take(maxResults).Select(e => ExperimentWire.From(e, state.Locations)).ToList();
        var next = offset + maxResults < matching.Count ? SearchPaging.EncodeToken(offset + maxResults) : null;
        await WireResponse.WriteAsync(context, new SearchExperimentsResponse(page.Count == 0 ? null : page, next),
            MlflowJsonContext.Default.SearchExperimentsResponse);
    }

    private static async Task SetTagAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.SetExperimentTagRequest);
        await state.Tracking.SetExperimentTagAsync(WireRequest.Required(request.ExperimentId, "experiment_id"),
            WireRequest.Required(request.Key, "key"), request.Value ?? "", context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static Task WriteExperimentAsync(HttpContext context, ServerState state, Experiment experiment) =>
        WireResponse.WriteAsync(context, new ExperimentResponse(ExperimentWire.From(experiment, state.Locations)),
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
