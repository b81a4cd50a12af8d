namespace Mlops.Web.Auth;

/// <summary>The login and logout URLs; a return address is kept only when it is a path of this site.</summary>
public static class AuthRoutes
{
    public const string Login = "/login";

    public const string Logout = "/logout";

    public static string LoginReturningTo(string? path) =>
        IsLocal(path) ? $"{Login}?return={Uri.EscapeDataString(path!)}" : Login;

    /// <summary>A path on this site ("/x"), not another site ("//host", "/\host") and not a scheme ("javascript:").</summary>
    public static bool IsLocal(string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
