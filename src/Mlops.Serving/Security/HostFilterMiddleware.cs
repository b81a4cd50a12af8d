using Mlops.Core.Security;

namespace Mlops.Serving.Security;

/// <summary>
/// Refuses requests whose Host header is not on the allow-list (DNS rebinding) with a 400 problem. Not ASP.NET Core's
/// HostFiltering middleware: that one answers an HTML page where every other error of this server is problem JSON.
/// An allowed request costs no async frame and, when its Host header is the one last allowed (clients repeat it), no
/// parsing of the header: this runs on every request of the scoring hot path.
/// </summary>
internal sealed class HostFilterMiddleware(RequestDelegate next, HostAllowList allowed, IProblemDetailsService problems)
{
    private string? lastAllowed;

    public Task InvokeAsync(HttpContext context)
    {
        var raw = context.Request.Host.Value;
        if (raw is not null && string.Equals(raw, Volatile.Read(ref lastAllowed), StringComparison.Ordinal))
        {
            return next(context);
        }
        var host = context.Request.Host.Host;
        if (allowed.Allows(host))
        {
            Volatile.Write(ref lastAllowed, raw);
            return next(context);
        }
        return RefuseAsync(context, host);
    }

    private async Task RefuseAsync(HttpContext context, string host)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Host not allowed.", Detail = allowed.Refusal(host) },
        });
    }
}
