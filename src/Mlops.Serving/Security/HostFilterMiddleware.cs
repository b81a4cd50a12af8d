using Mlops.Core.Security;

namespace Mlops.Serving.Security;

/// <summary>
/// Refuses requests whose Host header is not on the allow-list (DNS rebinding) with a 400 problem. Not ASP.NET Core's
/// HostFiltering middleware: that one answers an HTML page where every other error of this server is problem JSON.
/// </summary>
internal sealed class HostFilterMiddleware(RequestDelegate next, HostAllowList allowed, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (allowed.Allows(host))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Host not allowed.", Detail = allowed.Refusal(host) },
        });
    }
}
