using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// Writes (POST, PUT, PATCH, DELETE) need <c>Authorization: Bearer &lt;token&gt;</c>; reads stay open. The POST
/// endpoints that only read (searches, latest versions) count as reads so read-only clients work without a token.
/// </summary>
internal sealed class BearerAuthMiddleware(RequestDelegate next, string token)
{
    private static readonly string[] ReadOnlyPosts = ["/experiments/search", "/runs/search", "/registered-models/get-latest-versions"];
    private readonly byte[] expected = Encoding.UTF8.GetBytes("Bearer " + token);

    public Task InvokeAsync(HttpContext context)
    {
        if (!IsWrite(context.Request) || Authorized(context.Request))
        {
            return next(context);
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WireResponse.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, MlflowErrors.Unauthenticated,
            "This server requires 'Authorization: Bearer <token>' for write requests; the token is missing or wrong.");
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

    private bool Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), expected);
    }
}
