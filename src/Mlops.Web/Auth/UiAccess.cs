using Microsoft.AspNetCore.Http;
using Mlops.Core.Security;

namespace Mlops.Web.Auth;

/// <summary>
/// Whether the UI's writes need the server's bearer token and whether a request carries it. A browser cannot send an
/// Authorization header from a plain form, so the login page keeps the token in an HTTP-only, SameSite=Strict cookie.
/// </summary>
public sealed class UiAccess
{
    /// <summary>The cookie the login page sets; the tracking server accepts it on UI pages only, never on the REST API.</summary>
    public const string CookieName = "mlops_ui_token";

    private readonly BearerToken? token;

    public UiAccess(string? token) => this.token = string.IsNullOrEmpty(token) ? null : new BearerToken(token);

    /// <summary>No token configured: every write is allowed, as on the REST API.</summary>
    public static UiAccess Open { get; } = new(null);

    public bool TokenRequired => token is not null;

    /// <summary>True when no token is configured or <paramref name="candidate"/> is the token.</summary>
    public bool Accepts(string? candidate) =>
        token is null || (!string.IsNullOrEmpty(candidate) && token.Matches("Bearer " + candidate));

    /// <summary>True when the request may write: no token configured, or its login cookie holds the token.</summary>
    public bool Allows(HttpRequest request) => Accepts(CookieToken(request));

    public static string? CookieToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(CookieName, out var value) ? value : null;
    }

    /// <summary>The cookie's settings: unreadable by scripts, never sent by another site, HTTPS-only when served so.</summary>
    public static CookieOptions CookieOptions(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
