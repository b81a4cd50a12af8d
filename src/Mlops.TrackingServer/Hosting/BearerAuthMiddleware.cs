using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Mlops.Core.Security;
using Mlops.Web.Auth;

namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// Writes (POST, PUT, PATCH, DELETE) need <c>Authorization: Bearer &lt;token&gt;</c>; reads stay open unless
/// <c>readsToo</c>, which leaves only /health and /version open. The POST endpoints that only read (searches, latest
/// versions, prediction origins and labelled predictions) count as reads so read-only clients work without a token.
/// The web UI's pages check their own writes (a browser form cannot send the header: the login page keeps the token in
/// a cookie); with <c>readsToo</c> they need that cookie, and its login page stays open.
/// </summary>
internal sealed class BearerAuthMiddleware(RequestDelegate next, BearerToken token, bool readsToo)
{
    private static readonly string[] ReadOnlyPosts =
        ["/experiments/search", "/runs/search", "/registered-models/get-latest-versions", "/mlops/predictions/origins", "/mlops/predictions/labelled"];
    private static readonly string[] AlwaysOpen = ["/health", "/version"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata is { } metadata && metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return UiPageAsync(context, metadata.GetMetadata<IAllowAnonymous>() is not null);
        }
        if (!NeedsToken(request) || token.Matches(request.Headers.Authorization.ToString()))
        {
            return next(context);
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WireResponse.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, MlflowErrors.Unauthenticated,
            $"This server requires 'Authorization: Bearer <token>' for {(readsToo ? "every request" : "write requests")}; the token is missing or wrong.");
    }

    private Task UiPageAsync(HttpContext context, bool open)
    {
        if (!readsToo || open || token.Matches("Bearer " + UiAccess.CookieToken(context.Request)))
        {
            return next(context);
        }
        context.Response.Redirect(AuthRoutes.LoginReturningTo(context.Request.Path + context.Request.QueryString));
        return Task.CompletedTask;
    }

    private bool NeedsToken(HttpRequest request)
    {
        if (readsToo)
        {
            return !AlwaysOpen.Contains(request.Path.Value ?? "", StringComparer.Ordinal);
        }
        return IsWrite(request);
    }

    private static bool IsWrite(HttpRequest request)
    {
        var method = request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return false;
        }
        if (HttpMethods.IsPost(method))
        {
            var path = request.Path.Value ?? "";
            foreach (var suffix in ReadOnlyPosts)
            {
                if (path.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
