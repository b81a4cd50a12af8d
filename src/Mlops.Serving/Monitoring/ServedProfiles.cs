using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using Mlops.Monitoring.Profiles;

namespace Mlops.Serving.Monitoring;

/// <summary>
/// The reference profile of the served version's package, read once per version (a hot reload brings the next one):
/// in place from a local artifact store, else the one file downloaded. Not thread-safe; the monitor calls it from one
/// computation at a time.
/// </summary>
internal sealed class ServedProfiles(IArtifactStore artifacts)
{
    private (ResolvedModel Model, ReferenceProfile Profile)? cached;

    public async Task<ReferenceProfile> GetAsync(ResolvedModel model, CancellationToken ct)
    {
        if (cached is { } hit && hit.Model == model)
        {
            return hit.Profile;
        }
        var profile = await ReadAsync(model, ct);
        cached = (model, profile);
        return profile;
    }

    private async Task<ReferenceProfile> ReadAsync(ResolvedModel model, CancellationToken ct)
    {
        var label = $"{model.Uri} ({model.Name} v{model.Version})";
        if (artifacts.TryGetLocalPath(model.ArtifactRoot, model.ArtifactPath) is { } folder)
        {
            return ReferenceProfileFile.ReadPackage(folder, label);
        }
        var scratch = Directory.CreateTempSubdirectory("mlops-serve-profile-").FullName;
        try
        {
            string file;
            try
            {
                file = await artifacts.DownloadAsync(model.ArtifactRoot, $"{model.ArtifactPath.TrimEnd('/')}/{ModelPackage.ReferenceProfileFile}", scratch, ct);
            }
            catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
            {
                // The empty scratch folder gets the package-without-profile message ("re-run register").
                return ReferenceProfileFile.ReadPackage(scratch, label);
            }
            return ReferenceProfileFile.Read(file);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
