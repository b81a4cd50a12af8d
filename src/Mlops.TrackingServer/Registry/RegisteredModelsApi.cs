using Mlops.Core.Registry;
using Mlops.Core.Tracking.Search;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Search;

namespace Mlops.TrackingServer.Registry;

/// <summary>MLflow's registered-models endpoints (including aliases and latest versions) over <see cref="IModelRegistry"/>.</summary>
internal static partial class RegisteredModelsApi
{
    private const int SearchDefault = 100;
    private const int SearchLimit = 1000;

    public static IEndpointRouteBuilder MapRegisteredModelsApi(this IEndpointRouteBuilder routes)
    {
        var registry = routes.ServiceProvider.GetRequiredService<IModelRegistry>();
        routes.MapPost("/registered-models/create", context => CreateAsync(context, registry));
        routes.MapGet("/registered-models/get", context => GetAsync(context, registry));
        routes.MapGet("/registered-models/search", context => SearchAsync(context, registry));
        routes.MapPatch("/registered-models/update", context => UpdateAsync(context, registry));
        routes.MapDelete("/registered-models/delete", context => DeleteAsync(context, registry));
        routes.MapPost("/registered-models/alias", context => SetAliasAsync(context, registry));
        routes.MapDelete("/registered-models/alias", context => DeleteAliasAsync(context, registry));
        routes.MapGet("/registered-models/alias", context => GetByAliasAsync(context, registry));
        routes.MapPost("/registered-models/get-latest-versions", context => LatestVersionsAsync(context, registry, fromQuery: false));
        routes.MapGet("/registered-models/get-latest-versions", context => LatestVersionsAsync(context, registry, fromQuery: true));
        routes.MapPost("/registered-models/rename", context => RenameAsync(context, registry));
        routes.MapPost("/registered-models/set-tag", context => SetTagAsync(context, registry));
        routes.MapDelete("/registered-models/delete-tag", context => DeleteTagAsync(context, registry));
        return routes;
    }

    private static async Task CreateAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.CreateRegisteredModelRequest);
        var model = await registry.CreateRegisteredModelAsync(WireRequest.Required(request.Name, "name"), request.Description,
            KeyValues.ToDictionary(request.Tags, "tags"), context.RequestAborted);
        await WriteModelAsync(context, model);
    }

    private static async Task GetAsync(HttpContext context, IModelRegistry registry)
    {
        var name = WireRequest.Required(WireRequest.Query(context, "name"), "name");
        await WriteModelAsync(context, await registry.GetRegisteredModelAsync(name, context.RequestAborted));
    }

    private static async Task SearchAsync(HttpContext context, IModelRegistry registry)
    {
        var window = SearchWindow.FromQuery(context, SearchDefault, SearchLimit);
        var comparisons = SearchFilter.Parse(WireRequest.Query(context, "filter"), SearchGrammar.RegisteredModels);
        var models = (await registry.ListRegisteredModelsAsync(context.RequestAborted))
            .Where(m => InMemoryFilter.Matches(comparisons, c => c.Entity == SearchEntity.Tag ? m.Tags.GetValueOrDefault(c.Key) : m.Name))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var page = window.Of(models).Select(RegistryWire.From).ToList();
        await WireResponse.WriteAsync(context, new SearchRegisteredModelsResponse(page.Count == 0 ? null : page, window.NextToken(models.Count)),
            MlflowJsonContext.Default.SearchRegisteredModelsResponse);
    }

    private static async Task UpdateAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.UpdateRegisteredModelRequest);
        var name = WireRequest.Required(request.Name, "name");
        await registry.UpdateRegisteredModelAsync(name, request.Description, context.RequestAborted);
        await WriteModelAsync(context, await registry.GetRegisteredModelAsync(name, context.RequestAborted));
    }

    private static async Task RenameAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RenameRegisteredModelRequest);
        var model = await registry.RenameRegisteredModelAsync(WireRequest.Required(request.Name, "name"),
            WireRequest.Required(request.NewName, "new_name"), context.RequestAborted);
        await WriteModelAsync(context, model);
    }

    private static async Task DeleteAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.NameRequest);
        var name = DeleteParameters.Required(context, request.Name, "name");
        await registry.DeleteRegisteredModelAsync(name, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task SetAliasAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.AliasRequest);
        await registry.SetAliasAsync(WireRequest.Required(request.Name, "name"), WireRequest.Required(request.Alias, "alias"),
            WireRequest.ParseVersion(request.Version), context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteAliasAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.AliasRequest);
        var name = DeleteParameters.Required(context, request.Name, "name");
        var alias = DeleteParameters.Required(context, request.Alias, "alias");
        await registry.DeleteAliasAsync(name, alias, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task GetByAliasAsync(HttpContext context, IModelRegistry registry)
    {
        var name = WireRequest.Required(WireRequest.Query(context, "name"), "name");
        var alias = WireRequest.Required(WireRequest.Query(context, "alias"), "alias");
        // A missing model is 404, but MLflow 2.10.2 answers a missing alias with 400 INVALID_PARAMETER_VALUE.
        var model = await registry.GetRegisteredModelAsync(name, context.RequestAborted);
        if (!model.Aliases.TryGetValue(alias, out var version))
        {
            throw MlopsException.Invalid($"Registered model alias {ErrorText.Cut(alias)} not found.");
        }
        var modelVersion = await registry.GetModelVersionAsync(name, version, context.RequestAborted);
        await WireResponse.WriteAsync(context, new ModelVersionResponse(RegistryWire.From(modelVersion, withAliases: true)),
            MlflowJsonContext.Default.ModelVersionResponse);
    }

    private static async Task LatestVersionsAsync(HttpContext context, IModelRegistry registry, bool fromQuery)
    {
        var request = fromQuery
            ? new LatestVersionsRequest(WireRequest.Query(context, "name"), [.. context.Request.Query["stages"].OfType<string>()])
            : await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LatestVersionsRequest);
        var stages = (request.Stages ?? []).Select(ModelStages.Parse).ToList();
        var versions = await registry.GetLatestVersionsAsync(WireRequest.Required(request.Name, "name"), stages, context.RequestAborted);
        await WireResponse.WriteAsync(context, new ModelVersionsResponse(RegistryWire.Versions(versions), null),
            MlflowJsonContext.Default.ModelVersionsResponse);
    }

    private static Task WriteModelAsync(HttpContext context, RegisteredModel model) =>
        WireResponse.WriteAsync(context, new RegisteredModelResponse(RegistryWire.From(model)), MlflowJsonContext.Default.RegisteredModelResponse);
}
