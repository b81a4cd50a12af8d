using Microsoft.AspNetCore.Http.Features;
using Mlops.Core.Artifacts;
using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Run artifact listing (<c>/api/2.0/mlflow/artifacts/list</c>), the artifact proxy
/// (<c>/api/2.0/mlflow-artifacts/artifacts/&lt;path&gt;</c>, relative to the artifacts destination) and the UI's
/// <c>/get-artifact</c>.
/// </summary>
internal static class ArtifactsApi
{
    /// <summary>Maps <c>artifacts/list</c> under an MLflow API group.</summary>
    public static IEndpointRouteBuilder MapArtifactsApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var artifacts = routes.ServiceProvider.GetRequiredService<IArtifactStore>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        routes.MapGet("/artifacts/list", context => ListRunAsync(context, tracking, artifacts, locations));
        return routes;
    }

    /// <summary>Maps the proxy and <c>/get-artifact</c> at the server root.</summary>
    public static IEndpointRouteBuilder MapArtifactProxyApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var artifacts = routes.ServiceProvider.GetRequiredService<IArtifactStore>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        routes.MapGet(MlflowRoutes.ArtifactsProxy, context => ListProxyAsync(context, artifacts, locations));
        routes.MapPut(MlflowRoutes.ArtifactsProxy + "/{**path}", context => UploadAsync(context, artifacts, locations));
        routes.MapGet(MlflowRoutes.ArtifactsProxy + "/{**path}", context => DownloadAsync(context, artifacts, locations));
        routes.MapDelete(MlflowRoutes.ArtifactsProxy + "/{**path}", context => DeleteAsync(context, locations));
        routes.MapGet("/get-artifact", context => GetRunArtifactAsync(context, tracking, artifacts, locations));
        return routes;
    }

    private static async Task ListRunAsync(HttpContext context, ITrackingStore tracking, IArtifactStore artifacts, ArtifactLocations locations)
    {
        var path = WireRequest.Query(context, "path");
        SafeArtifactPath.Require(context, path);
        var runId = RunWire.RunId(WireRequest.Query(context, "run_id"), WireRequest.Query(context, "run_uuid"));
        var run = await tracking.GetRunAsync(runId, context.RequestAborted);
        var entries = await artifacts.ListAsync(locations.ServedRoot(run.Info.ArtifactUri), path, context.RequestAborted);
        var response = new ListArtifactsResponse(locations.ToWire(run.Info.ArtifactUri), Files(entries, ""), null);
        await WireResponse.WriteAsync(context, response, MlflowJsonContext.Default.ListArtifactsResponse);
    }

    private static async Task ListProxyAsync(HttpContext context, IArtifactStore artifacts, ArtifactLocations locations)
    {
        var path = (WireRequest.Query(context, "path") ?? "").Trim('/');
        var entries = await artifacts.ListAsync(locations.Root, path, context.RequestAborted);
        var response = new ListArtifactsResponse(null, Files(entries, path.Length == 0 ? "" : path + "/"), null);
        await WireResponse.WriteAsync(context, response, MlflowJsonContext.Default.ListArtifactsResponse);
    }

    private static async Task UploadAsync(HttpContext context, IArtifactStore artifacts, ArtifactLocations locations)
    {
        var relative = ProxyPath(context);
        // Model files can be far larger than Kestrel's default 30 MB body limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
        if (locations.IsRemote)
        {
            await ServedArtifactFiles.ReceiveAsync(context, artifacts, locations.Root, relative);
            await WireResponse.WriteEmptyAsync(context);
            return;
        }
        var target = locations.Resolve(relative);
        if (target == locations.Root || Directory.Exists(target))
        {
            throw MlopsException.Invalid($"Invalid artifact path '{relative}': an upload must name a file, not a directory.");
        }
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".upload-{Guid.NewGuid():N}.partial");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await context.Request.Body.CopyToAsync(file, context.RequestAborted);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ArtifactFiles.Refused(relative, e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        await WireResponse.WriteEmptyAsync(context);
    }

    private static Task DownloadAsync(HttpContext context, IArtifactStore artifacts, ArtifactLocations locations)
    {
        var relative = ProxyPath(context);
        // A local destination resolves through the destination's own rules, which refuse '.' and the root with a 400.
        return locations.IsRemote
            ? ServedArtifactFiles.SendAsync(context, artifacts, locations, locations.Root, relative)
            : ArtifactFiles.SendAsync(context, locations.Resolve(relative), relative);
    }

    private static async Task DeleteAsync(HttpContext context, ArtifactLocations locations)
    {
        var relative = ProxyPath(context);
        if (locations.IsRemote)
        {
            throw MlopsException.Invalid(
                $"Deleting artifacts is not supported when the artifacts destination is an object store ({locations.Root}); delete '{relative}' there.");
        }
        var target = locations.Resolve(relative);
        if (target == locations.Root)
        {
            throw MlopsException.Invalid($"Invalid artifact path '{relative}': the artifacts destination itself cannot be deleted.");
        }
        try
        {
            ArtifactFiles.Delete(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ArtifactFiles.Refused(relative, e);
        }
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task GetRunArtifactAsync(HttpContext context, ITrackingStore tracking, IArtifactStore artifacts, ArtifactLocations locations)
    {
        var path = WireRequest.Required(WireRequest.Query(context, "path"), "path");
        SafeArtifactPath.Require(context, path);
        var runId = RunWire.RunId(WireRequest.Query(context, "run_id"), WireRequest.Query(context, "run_uuid"));
        var run = await tracking.GetRunAsync(runId, context.RequestAborted);
        await ServedArtifactFiles.SendAsync(context, artifacts, locations, locations.ServedRoot(run.Info.ArtifactUri), path);
    }

    private static string ProxyPath(HttpContext context) => (string?)context.Request.RouteValues["path"] ?? "";

    private static List<FileInfoDto>? Files(IReadOnlyList<ArtifactEntry> entries, string stripPrefix)
    {
        if (entries.Count == 0)
        {
            return null;
        }
        return entries.Select(e => new FileInfoDto(
            e.Path.StartsWith(stripPrefix, StringComparison.Ordinal) ? e.Path[stripPrefix.Length..] : e.Path,
            e.IsDirectory,
            e.IsDirectory ? null : e.FileSize)).ToList();
    }
}
