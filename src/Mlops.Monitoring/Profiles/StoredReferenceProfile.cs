using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>
/// The reference profile inside a model package held by an artifact store: read in place from a local store, else that
/// one file downloaded. Shared by the prediction server's monitor, `mlops monitor run` and the retrain triggers.
/// </summary>
public static class StoredReferenceProfile
{
    /// <param name="packagePath">The package folder under <paramref name="artifactRoot"/>.</param>
    /// <param name="label">How the model is named in messages, e.g. "models:/m@champion (m v3)".</param>
    public static async Task<ReferenceProfile> ReadAsync(
        IArtifactStore artifacts, string artifactRoot, string packagePath, string label, CancellationToken ct = default)
    {
        if (artifacts.TryGetLocalPath(artifactRoot, packagePath) is { } folder)
        {
            return ReferenceProfileFile.ReadPackage(folder, label);
        }
        var scratch = Directory.CreateTempSubdirectory("mlops-profile-").FullName;
        try
        {
            string file;
            try
            {
                file = await artifacts.DownloadAsync(artifactRoot, $"{packagePath.TrimEnd('/')}/{ReferenceProfile.FileName}", scratch, ct);
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
