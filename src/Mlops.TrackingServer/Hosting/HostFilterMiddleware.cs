using Mlops.Core.Security;

namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// Refuses requests whose Host header is not on the allow-list (DNS rebinding) with a 400 MLflow error. Not ASP.NET
/// Core's HostFiltering middleware: that one answers an HTML page, and MLflow clients expect error JSON.
/// </summary>
internal sealed class HostFilterMiddleware(RequestDelegate next, HostAllowList allowed)
{
    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        return allowed.Allows(host)
            ? next(context)
            : WireResponse.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "BAD_REQUEST", allowed.Refusal(host));
    }
}
