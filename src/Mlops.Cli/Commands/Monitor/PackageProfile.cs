using Mlops.Core.Artifacts;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using Mlops.Monitoring.Profiles;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>The reference profile in a resolved model's package, read in place from a local store or downloaded alone.</summary>
internal static class PackageProfile
{
    public static async Task<ReferenceProfile> ReadAsync(IArtifactStore artifacts, ResolvedModel model, CancellationToken ct)
    {
        var label = $"{model.Uri} ({model.Name} v{model.Version})";
        if (artifacts.TryGetLocalPath(model.ArtifactRoot, model.ArtifactPath) is { } folder)
        {
            return ReferenceProfileFile.ReadPackage(folder, label);
        }
        var local = Directory.CreateTempSubdirectory("mlops-profile-").FullName;
        try
        {
            var entries = await artifacts.ListAsync(model.ArtifactRoot, model.ArtifactPath, ct);
            var file = $"{model.ArtifactPath.TrimEnd('/')}/{ModelPackage.ReferenceProfileFile}";
            return entries.Any(e => e.Path == file || e.Path.EndsWith("/" + ModelPackage.ReferenceProfileFile, StringComparison.Ordinal))
                ? ReferenceProfileFile.Read(await artifacts.DownloadAsync(model.ArtifactRoot, file, local, ct))
                : ReferenceProfileFile.ReadPackage(local, label);
        }
        finally
        {
            Directory.Delete(local, recursive: true);
        }
    }
}
