using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Web.Runs;

namespace Mlops.Web.Hosting;

/// <summary>
/// <c>/ui/artifact?run=ID&amp;path=P</c>: one run artifact for the previews (images) and downloads, read through the
/// artifact store. Only PNG and SVG are sent with their own type, and SVG under a sandboxing CSP; everything else is
/// an attachment of a text or octet-stream type, so a stored file can never run as a page of this site.
/// </summary>
internal static class RunArtifactFileApi
{
    public static IEndpointRouteBuilder MapRunArtifactFile(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(UiRoutes.ArtifactFile, SendAsync);
        return routes;
    }

    private static async Task<IResult> SendAsync(HttpContext context, string? run, string? path)
    {
        if (string.IsNullOrEmpty(run) || string.IsNullOrEmpty(path))
        {
            return Results.BadRequest("Query parameters 'run' and 'path' are required.");
        }
        var tracking = context.RequestServices.GetRequiredService<ITrackingStore>();
        var artifacts = context.RequestServices.GetRequiredService<IArtifactStore>();
        try
        {
            var info = (await tracking.GetRunAsync(run, context.RequestAborted)).Info;
            var file = await ArtifactFiles.OpenAsync(artifacts, info.ArtifactUri, path, context.RequestAborted);
            var kind = ArtifactKinds.Of(path);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            if (kind is ArtifactKind.Svg)
            {
                // An SVG can hold script: rendered as an <img> it never runs, opened directly the CSP stops it.
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            }
            var inline = kind is ArtifactKind.Png or ArtifactKind.Svg;
            return Results.File(file, ArtifactKinds.ContentType(kind), inline ? null : Path.GetFileName(path));
        }
        catch (MlopsException e) when (e.Code is ErrorCode.ResourceDoesNotExist)
        {
            return Results.NotFound(e.Message);
        }
        catch (MlopsException e) when (e.Code is ErrorCode.InvalidParameterValue)
        {
            return Results.BadRequest(e.Message);
        }
    }
}
