using Mlops.Core.Registry;

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
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RegisteredModelTagRequest);
        var name = DeleteParameters.Required(context, request.Name, "name");
        var key = DeleteParameters.Required(context, request.Key, "key");
        await registry.DeleteRegisteredModelTagAsync(name, key, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }
}
