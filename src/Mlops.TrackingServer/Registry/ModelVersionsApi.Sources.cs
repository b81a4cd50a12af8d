using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Registry;

/// <summary>A version's source: checked at creation as MLflow 2.10.2's <c>_validate_source</c> does, and served by get-artifact.</summary>
internal static partial class ModelVersionsApi
{
    /// <summary>
    /// <c>runs:/ID/path</c> with a clean path, <c>models:/NAME/…</c>, a
    /// supported remote URI, or
    /// an artifacts-destination location that lies inside the run's artifacts when a run is named (a local path needs
    /// one). Returns the source to store: local forms become the folder they name.
    /// </summary>
    private static async Task<string> CheckedSourceAsync(ITrackingStore tracking, ArtifactLocations locations, string source, string? runId, CancellationToken ct)
    {
        if (source.StartsWith("runs:/", StringComparison.Ordinal))
        {
            // Any run may be named, as in MLflow (clients register runs:/A/model with run_id B): the path is read
            // through that run's own confined root, so only its shape is checked here.
            var parsed = ModelUri.Parse(source);
            if (ArtifactPolicy.Segments(parsed.RunId, "source").Count != 1)
            {
                throw SourceRefused(source, "it must name one run: runs:/RUN_ID/PATH");
            }
            ArtifactPolicy.Segments(parsed.RunPath, "source");
            return source;
        }
        if (source.StartsWith("models:/", StringComparison.Ordinal))
        {
            // A copied version (MLflow's copy_model_version) names another version; it is never read from disk here.
            ArtifactPolicy.Segments(source["models:/".Length..], "source");
            return source;
        }
        if (ArtifactPolicy.IsRemote(source))
        {
            return locations.Check(source, "source");
        }
        var isProxied = MlflowArtifactUri.Is(source);
        if (runId is null)
        {
            if (!isProxied)
            {
                throw SourceRefused(source, LocalSourceRule);
            }
            locations.Check(source, "source");
            return source;
        }
        Core.Tracking.Run run;
        try
        {
            run = await tracking.GetRunAsync(runId, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist && isProxied)
        {
            // MLflow never looks a proxied source's run up (runs imported later); inside the destination it can do no harm.
            locations.Check(source, "source");
            return source;
        }
        var folder = isProxied ? locations.Check(source, "source") : CheckedLocal(locations, source);
        if (!locations.Contains(locations.ServedRoot(run.Info.ArtifactUri), folder))
        {
            throw SourceRefused(source, LocalSourceRule);
        }
        return isProxied ? source : folder;
    }

    /// <summary>A local source resolved as MLflow does, then confined like every location; any refusal is worded as MLflow's rule.</summary>
    private static string CheckedLocal(ArtifactLocations locations, string source)
    {
        var resolved = LocalSources.Resolved(source);
        try
        {
            return locations.Check(resolved, "source");
        }
        catch (MlopsException e) when (e.Code == ErrorCode.InvalidParameterValue)
        {
            throw SourceRefused(source, LocalSourceRule);
        }
    }

    /// <summary>MLflow also serves a version's files at the server root (<c>/model-versions/get-artifact</c>), as it does /get-artifact.</summary>
    public static IEndpointRouteBuilder MapModelVersionArtifactRoute(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        var registry = routes.ServiceProvider.GetRequiredService<IModelRegistry>();
        var locations = routes.ServiceProvider.GetRequiredService<ArtifactLocations>();
        var artifacts = routes.ServiceProvider.GetRequiredService<IArtifactStore>();
        routes.MapGet("/model-versions/get-artifact", context => GetArtifactAsync(context, tracking, registry, artifacts, locations));
        return routes;
    }

    private static async Task GetArtifactAsync(HttpContext context, ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts,
        ArtifactLocations locations)
    {
        var path = WireRequest.Required(WireRequest.Query(context, "path"), "path");
        SafeArtifactPath.Require(context, path);
        var (name, number) = Key(WireRequest.Query(context, "name"), WireRequest.Query(context, "version"));
        var version = await registry.GetModelVersionAsync(name, number, context.RequestAborted);
        string root;
        if (version.Source.StartsWith("runs:/", StringComparison.Ordinal))
        {
            var parsed = ModelUri.Parse(version.Source);
            var run = await tracking.GetRunAsync(parsed.RunId!, context.RequestAborted);
            root = locations.Under(locations.ServedRoot(run.Info.ArtifactUri), parsed.RunPath, "source");
        }
        else
        {
            root = locations.ServedRoot(version.Source);
        }
        await ServedArtifactFiles.SendAsync(context, artifacts, locations, root, path);
    }

    // MLflow 2.10.2's words, which its clients and tests look for.
    private const string LocalSourceRule = "To use a local path as a model version source, the run_id request parameter has to be "
        + "specified and the local path has to be contained within the artifact directory of the run specified by the run_id";

    private static MlopsException SourceRefused(string source, string rule) =>
        MlopsException.Invalid($"Invalid model version source: {ErrorText.Quote(source, 200)}: {rule}.");
}
