using Mlops.Core.Artifacts;
using Mlops.Inference.Loading;
using Mlops.Monitoring.Profiles;

namespace Mlops.Serving.Monitoring;

/// <summary>
/// The reference profile of the served version's package, read once per version (a hot reload brings the next one):
/// read through <see cref="PackageProfile"/>. Not thread-safe; the monitor calls it from one
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
        var profile = await PackageProfile.ReadAsync(artifacts, model, ct);
        cached = (model, profile);
        return profile;
    }
}
