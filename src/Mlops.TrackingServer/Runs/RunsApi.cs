using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Runs;

/// <summary>MLflow's runs endpoints over <see cref="ITrackingStore"/>: lifecycle and search here, logging in RunsApi.Logging.cs.</summary>
internal static partial class RunsApi
{
    private const int SearchDefault = 1000;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var runInputs = routes.ServiceProvider.GetRequiredService<RunInputs>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        var time = routes.ServiceProvider.GetRequiredService<TimeProvider>();
        routes.MapPost("/runs/create", context => CreateAsync(context, tracking, locations, time));
        routes.MapGet("/runs/get", context => GetAsync(context, tracking, runInputs, locations));
        routes.MapPost("/runs/update", context => UpdateAsync(context, tracking, locations));
        routes.MapPost("/runs/delete", context => DeleteAsync(context, tracking, restore: false));
        routes.MapPost("/runs/restore", context => DeleteAsync(context, tracking, restore: true));
        routes.MapPost("/runs/search", context => SearchAsync(context, tracking, runInputs, locations));
        routes.MapPost("/runs/log-metric", context => LogMetricAsync(context, tracking));
        routes.MapPost("/runs/log-parameter", context => LogKeyValueAsync(context, tracking, asTag: false));
        routes.MapPost("/runs/set-tag", context => LogKeyValueAsync(context, tracking, asTag: true));
        routes.MapPost("/runs/delete-tag", context => DeleteTagAsync(context, tracking));
        routes.MapPost("/runs/log-batch", context => LogBatchAsync(context, tracking));
        routes.MapPost("/runs/log-inputs", context => LogInputsAsync(context, runInputs));
        routes.MapPost("/runs/log-model", context => LogModelAsync(context, tracking));
        return routes;
    }

    private static async Task CreateAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations, TimeProvider time)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.CreateRunRequest);
        var tags = KeyValues.ToDictionary(request.Tags, "tags");
        if (!string.IsNullOrEmpty(request.UserId))
        {
            // Kept as the tag MLflow's clients set anyway, so user_id reads back from every store.
            tags.TryAdd(RunWire.UserTag, request.UserId);
        }
        var experimentId = string.IsNullOrEmpty(request.ExperimentId) ? "0" : request.ExperimentId;
        var start = request.StartTime ?? time.GetUtcNow().ToUnixTimeMilliseconds();
        // A run inherits its experiment's location: one stored before locations were checked must not be served.
        var experiment = await tracking.GetExperimentAsync(experimentId, context.RequestAborted);
        locations.Check(experiment.ArtifactLocation, "artifact_location");
        var info = await tracking.CreateRunAsync(experimentId, request.RunName, start, tags, context.RequestAborted);
        // The store adds the run-name tag; echo it rather than reading the run back.
        tags[RunNameTag] = info.RunName;
        var run = new RunDto(RunWire.From(info, locations, RunWire.UserId(tags)), new RunDataDto(null, null, KeyValueDto.ListOf(tags)), null);
        await WireResponse.WriteAsync(context, new RunResponse(run), MlflowJsonContext.Default.RunResponse);
    }

    private static async Task GetAsync(HttpContext context, ITrackingStore tracking, RunInputs runInputs, ArtifactLocations locations)
    {
        var runId = RunWire.RunId(WireRequest.Query(context, "run_id"), WireRequest.Query(context, "run_uuid"));
        var run = await tracking.GetRunAsync(runId, context.RequestAborted);
        var inputs = await runInputs.GetAsync(runId, context.RequestAborted);
        await WireResponse.WriteAsync(context, new RunResponse(RunWire.From(run, locations, inputs)), MlflowJsonContext.Default.RunResponse);
    }

    private static async Task UpdateAsync(HttpContext context, ITrackingStore tracking, ArtifactLocations locations)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.UpdateRunRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var status = request.Status is { Length: > 0 } text
            ? WireEnums.ParseStatus(text)
            : (await tracking.GetRunAsync(runId, context.RequestAborted)).Info.Status;
        var info = await tracking.UpdateRunAsync(runId, status, request.EndTime, request.RunName, context.RequestAborted);
        var tags = (await tracking.GetRunAsync(runId, context.RequestAborted)).Tags;
        await WireResponse.WriteAsync(context, new UpdateRunResponse(RunWire.From(info, locations, RunWire.UserId(tags))),
            MlflowJsonContext.Default.UpdateRunResponse);
    }

    private static async Task DeleteAsync(HttpContext context, ITrackingStore tracking, bool restore)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RunIdRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        await (restore ? tracking.RestoreRunAsync(runId, context.RequestAborted) : tracking.DeleteRunAsync(runId, context.RequestAborted));
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task SearchAsync(HttpContext context, ITrackingStore tracking, RunInputs runInputs, ArtifactLocations locations)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.SearchRunsRequest);
        if (request.MaxResults > Core.Tracking.Search.SearchPaging.MaxResultsLimit)
        {
            // MLflow's request schema (_assert_less_than_or_equal) rejects it before the store's own check.
            throw MlopsException.Invalid($"Invalid value {request.MaxResults} for parameter 'max_results' supplied. " +
                "Hint: Value was of type 'int'. See the API docs for more information about request parameters.");
        }
        var search = new RunSearch(
            request.ExperimentIds ?? [],
            request.Filter,
            request.OrderBy,
            WireEnums.MaxResults(request.MaxResults, SearchDefault, Core.Tracking.Search.SearchPaging.MaxResultsLimit),
            request.PageToken,
            WireEnums.ParseViewType(request.RunViewType, "run_view_type"));
        var page = await tracking.SearchRunsAsync(search, context.RequestAborted);
        var inputs = await runInputs.GetManyAsync(page.Items.Select(r => r.Info.RunId).ToList(), context.RequestAborted);
        await WireResponse.WriteAsync(context, w => RunsJson.WriteSearchResponse(w, page.Items, inputs, page.NextPageToken, locations));
    }

    private const string RunNameTag = "mlflow.runName";
}
