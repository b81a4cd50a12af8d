using Mlops.Core.Registry;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Registry;

internal static partial class RegisteredModelsApi
{
    private static async Task SetTagAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RegisteredModelTagRequest);
        await registry.SetRegisteredModelTagAsync(WireRequest.Required(request.Name, "name"), WireRequest.Required(request.Key, "key"),
            request.Value ?? "", context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteTagAsync(HttpContext context, IModelRegistry registry)
    {
        // Clients send DELETE parameters either as a JSON body or in the query string.
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RegisteredModelTagRequest);
        var name = WireRequest.Required(request.Name ?? WireRequest.Query(context, "name"), "name");
        var key = WireRequest.Required(request.Key ?? WireRequest.Query(context, "key"), "key");
        await registry.DeleteRegisteredModelTagAsync(name, key, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }
}
