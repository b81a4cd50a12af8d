namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// A path that starts with several slashes (MLflow's own tests ask for <c>//model-versions/get-artifact</c>) is
/// redirected with 308 to the same path with one, as MLflow's web framework (werkzeug's merge_slashes) does.
/// Only a rest starting with a letter or digit is redirected, so the target can never be read as another host.
/// </summary>
internal sealed class MergeSlashesMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || !path.StartsWith("//", StringComparison.Ordinal))
        {
            return next(context);
        }
        var rest = path.TrimStart('/');
        if (rest.Length == 0 || !char.IsAsciiLetterOrDigit(rest[0]))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = new PathString("/" + rest).ToUriComponent() + context.Request.QueryString.ToUriComponent();
        return Task.CompletedTask;
    }
}
