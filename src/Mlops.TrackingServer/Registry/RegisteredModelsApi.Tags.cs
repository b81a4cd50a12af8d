using Microsoft.AspNetCore.Http;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Registry;

internal static partial class RegisteredModelsApi
{
    private static async Task SetTagAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RegisteredModelTagRequest);
        await state.Registry.SetRegisteredModelTagAsync(WireRequest.Required(request.Name, "name"), WireRequest.Required(request.Key, "key"),
            request.Value ?? "", context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteTagAsync(HttpContext context, ServerState state)
    {
        // Clients send DELETE parameters either as a JSON body or in the query string.
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RegisteredModelTagRequest);
        var name = WireRequest.Required(request.Name ?? WireRequest.Query(context, "name"), "name");
        var key = WireRequest.Required(request.Key ?? WireRequest.Query(context, "key"), "key");
        await state.Registry.DeleteRegisteredModelTagAsync(name, key, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }
}
