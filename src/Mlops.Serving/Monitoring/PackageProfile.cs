using Mlops.Core.Artifacts;
using Mlops.Inference.Loading;
using Mlops.Monitoring.Profiles;

namespace Mlops.Serving.Monitoring;

/// <summary>The reference profile in a resolved model's package (<see cref="StoredReferenceProfile"/>), for the server's monitor.</summary>
public static class PackageProfile
{
    public static Task<ReferenceProfile> ReadAsync(IArtifactStore artifacts, ResolvedModel model, CancellationToken ct) =>
        StoredReferenceProfile.ReadAsync(artifacts, model.ArtifactRoot, model.ArtifactPath, $"{model.Uri} ({model.Name} v{model.Version})", ct);
}
