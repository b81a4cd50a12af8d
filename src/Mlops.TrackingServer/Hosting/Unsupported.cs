using Microsoft.AspNetCore.Http;
using Mlops.Mlflow.Wire;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Hosting;

/// <summary>MLflow endpoints the store contracts do not cover answer 501 NOT_IMPLEMENTED, as MLflow does for unsupported operations.</summary>
internal static class Unsupported
{
    public static Task WriteAsync(HttpContext context, string endpoint) =>
        WireResponse.WriteErrorAsync(context, StatusCodes.Status501NotImplemented, MlflowErrors.NotImplemented,
            $"The endpoint {endpoint} is not supported by this server's storage backend.");
}
