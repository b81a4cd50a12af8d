using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking.Search;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Search;

namespace Mlops.TrackingServer.Registry;

/// <summary>MLflow's model-versions endpoints over <see cref="IModelRegistry"/>.</summary>
internal static partial class ModelVersionsApi
{
    private const int SearchDefault = 10_000;
    private const int SearchLimit = 200_000;
    // MLflow 2.10.2's keys, plus "version" which earlier releases of this server accepted.

    public static IEndpointRouteBuilder MapModelVersionsApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var registry = routes.ServiceProvider.GetRequiredService<IModelRegistry>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        routes.MapPost("/model-versions/create", context => CreateAsync(context, tracking, registry, locations));
        routes.MapGet("/model-versions/get", context => GetAsync(context, registry));
        routes.MapGet("/model-versions/search", context => SearchAsync(context, registry));
        routes.MapPatch("/model-versions/update", context => UpdateAsync(context, registry));
        routes.MapPost("/model-versions/transition-stage", context => TransitionAsync(context, registry));
        routes.MapPost("/model-versions/set-tag", context => SetTagAsync(context, registry));
        routes.MapDelete("/model-versions/delete-tag", context => DeleteTagAsync(context, registry));
        routes.MapGet("/model-versions/get-download-uri", context => DownloadUriAsync(context, registry));
        routes.MapDelete("/model-versions/delete", context => DeleteAsync(context, registry));
        var artifacts = routes.ServiceProvider.GetRequiredService<IArtifactStore>();
        routes.MapGet("/model-versions/get-artifact", context => GetArtifactAsync(context, tracking, registry, artifacts, locations));
        return routes;
    }

    private static async Task CreateAsync(HttpContext context, ITrackingStore tracking, IModelRegistry registry, ArtifactLocations locations)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.CreateModelVersionRequest);
        var runId = string.IsNullOrEmpty(request.RunId) ? null : request.RunId;
        var source = await CheckedSourceAsync(tracking, locations, WireRequest.Required(request.Source, "source"), runId, context.RequestAborted);
        var version = await registry.CreateModelVersionAsync(WireRequest.Required(request.Name, "name"), source, runId,
            KeyValues.ToDictionary(request.Tags, "tags"), request.Description, context.RequestAborted);
        await WriteVersionAsync(context, version, withAliases: false);
    }

    private static async Task GetAsync(HttpContext context, IModelRegistry registry)
    {
        var (name, version) = Key(WireRequest.Query(context, "name"), WireRequest.Query(context, "version"));
        await WriteVersionAsync(context, await registry.GetModelVersionAsync(name, version, context.RequestAborted), withAliases: true);
    }

    private static async Task SearchAsync(HttpContext context, IModelRegistry registry)
    {
        var window = SearchWindow.FromQuery(context, SearchDefault, SearchLimit);
        var comparisons = SearchFilter.Parse(WireRequest.Query(context, "filter"), SearchGrammar.ModelVersions);
        var order = ModelVersionOrder.Parse([.. context.Request.Query["order_by"].OfType<string>()]);
        var candidates = await CandidatesAsync(registry, comparisons, context.RequestAborted);
        var matching = candidates.Where(v => InMemoryFilter.Matches(comparisons, c => ValueOf(v, c))).ToList();
        matching.Sort(order);
        var page = RegistryWire.Versions(window.Of(matching));
        await WireResponse.WriteAsync(context, new ModelVersionsResponse(page, window.NextToken(matching.Count)),
            MlflowJsonContext.Default.ModelVersionsResponse);
    }

    private static async Task UpdateAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ModelVersionRequest);
        var (name, version) = Key(request.Name, request.Version);
        await registry.UpdateModelVersionAsync(name, version, request.Description, context.RequestAborted);
        await WriteVersionAsync(context, await registry.GetModelVersionAsync(name, version, context.RequestAborted), withAliases: true);
    }

    private static async Task TransitionAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.TransitionStageRequest);
        var (name, version) = Key(request.Name, request.Version);
        var stage = ModelStages.Parse(WireRequest.Required(request.Stage, "stage"));
        var updated = await registry.TransitionStageAsync(name, version, stage, request.ArchiveExistingVersions ?? false,
            context.RequestAborted);
        await WriteVersionAsync(context, updated, withAliases: false);
    }

    private static async Task SetTagAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ModelVersionTagRequest);
        var (name, version) = Key(request.Name, request.Version);
        await registry.SetModelVersionTagAsync(name, version, WireRequest.Required(request.Key, "key"), request.Value ?? "",
            context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteTagAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ModelVersionTagRequest);
        var (name, version) = DeleteKey(context, request.Name, request.Version);
        var key = DeleteParameters.Required(context, request.Key, "key");
        await registry.DeleteModelVersionTagAsync(name, version, key, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ModelVersionRequest);
        var (name, version) = DeleteKey(context, request.Name, request.Version);
        await registry.DeleteModelVersionAsync(name, version, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DownloadUriAsync(HttpContext context, IModelRegistry registry)
    {
        var (name, version) = Key(WireRequest.Query(context, "name"), WireRequest.Query(context, "version"));
        var uri = await DownloadUriOfAsync(registry, name, version, context.RequestAborted);
        await WireResponse.WriteAsync(context, new DownloadUriResponse(uri), MlflowJsonContext.Default.DownloadUriResponse);
    }

    /// <summary>
    /// As MLflow 2.10.2's SQL store: the source as registered (a runs:/ URI is the client's to resolve), except that a
    /// copied version (source models:/NAME/N, or @alias) answers where the version it was copied from is.
    /// </summary>
    private static async Task<string> DownloadUriOfAsync(IModelRegistry registry, string name, int version, CancellationToken ct)
    {
        const int MaxCopies = 16;
        var source = (await registry.GetModelVersionAsync(name, version, ct)).Source;
        for (var hop = 0; hop < MaxCopies && source.StartsWith("models:/", StringComparison.Ordinal); hop++)
        {
            var parsed = ModelUri.Parse(source);
            var from = parsed switch
            {
                { Name: { } n, Version: { } v } => await registry.GetModelVersionAsync(n, v, ct),
                { Name: { } n, Alias: { } a } => await registry.GetModelVersionByAliasAsync(n, a, ct),
                _ => null,
            };
            if (from is null)
            {
                break;
            }
            source = from.Source;
        }
        return source;
    }

    private static async Task<IReadOnlyList<ModelVersion>> CandidatesAsync(IModelRegistry registry, IReadOnlyList<SearchComparison> comparisons,
        CancellationToken ct)
    {
        // name = '...' narrows the listing to one model, the common case (MLflow clients search a model's versions).
        var byName = comparisons.FirstOrDefault(c =>
            c.Entity == SearchEntity.Attribute && c.Key == "name" && c.Operator == SearchOperator.Equal);
        var names = byName is not null
            ? [byName.Text!]
            : (await registry.ListRegisteredModelsAsync(ct)).Select(m => m.Name).ToList();
        var versions = new List<ModelVersion>();
        foreach (var name in names)
        {
            try
            {
                versions.AddRange(await registry.ListModelVersionsAsync(name, ct));
            }
            catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
            {
                // Searching for a model that does not exist finds nothing; it is not an error.
            }
        }
        return versions;
    }

    private static string? ValueOf(ModelVersion v, SearchComparison clause) => clause.Entity == SearchEntity.Tag
        ? v.Tags.GetValueOrDefault(clause.Key)
        : clause.Key switch
        {
            "name" => v.Name,
            "run_id" => v.RunId,
            "source_path" => v.Source,
            _ => v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    private static (string Name, int Version) Key(string? name, string? version) =>
        (WireRequest.Required(name, "name"), WireRequest.ParseVersion(version));

    private static (string Name, int Version) DeleteKey(HttpContext context, string? name, string? version) =>
        Key(DeleteParameters.Of(context, name, "name"), DeleteParameters.Of(context, version, "version"));

    private static Task WriteVersionAsync(HttpContext context, ModelVersion version, bool withAliases) =>
        WireResponse.WriteAsync(context, new ModelVersionResponse(RegistryWire.From(version, withAliases)),
            MlflowJsonContext.Default.ModelVersionResponse);
}
