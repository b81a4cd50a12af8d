using Mlops.Core.Security;

namespace Mlops.Serving.Security;

/// <summary>
/// With a token configured, every route needs <c>Authorization: Bearer &lt;token&gt;</c> except the probes and the
/// description of the API (<see cref="OpenPaths"/>): scoring, /model/info (it names the run and artifact location)
/// and anything added later are closed by default.
/// </summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, BearerToken token, IProblemDetailsService problems)
{
    /// <summary>Liveness and readiness probes, Prometheus scrapes and the docs page with its OpenAPI document.</summary>
    public static readonly string[] OpenPaths = ["/health", "/ready", "/ping", "/version", "/metrics", "/docs", "/openapi/v1.json"];

    // An authorized request costs no async frame of its own: this runs on every request of the scoring hot path.
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return IsOpen(request.Path) || token.Matches(request.Headers.Authorization.ToString()) ? next(context) : RefuseAsync(context);
    }

    private async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required.",
                Detail = "This server requires 'Authorization: Bearer <token>' (mlops serve --auth-token); the token is missing or wrong.",
            },
        });
    }

    private static bool IsOpen(PathString path)
    {
        foreach (var open in OpenPaths)
        {
            if (path.Equals(open, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
