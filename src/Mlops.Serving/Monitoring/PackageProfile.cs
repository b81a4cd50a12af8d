using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using Mlops.Monitoring.Profiles;

namespace Mlops.Serving.Monitoring;

/// <summary>
/// The reference profile in a resolved model's package: read in place from a local artifact store, else that one file
/// downloaded. Used by the server's monitor and by `mlops monitor run`.
/// </summary>
public static class PackageProfile
{
    public static async Task<ReferenceProfile> ReadAsync(IArtifactStore artifacts, ResolvedModel model, CancellationToken ct)
    {
        var label = $"{model.Uri} ({model.Name} v{model.Version})";
        if (artifacts.TryGetLocalPath(model.ArtifactRoot, model.ArtifactPath) is { } folder)
        {
            return ReferenceProfileFile.ReadPackage(folder, label);
        }
        var scratch = Directory.CreateTempSubdirectory("mlops-profile-").FullName;
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
