using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;

namespace Mlops.Lifecycle.Profiling;

/// <summary>
/// A registered model resolved by URI with its package's reference profile: what a window of its predictions is compared
/// with by `mlops monitor run` and by the retrain triggers.
/// </summary>
public sealed record MonitoringReference(ResolvedModel Model, ReferenceProfile Profile)
{
    /// <summary>The registered model's name (never null: a run URI is refused).</summary>
    public string ModelName => Model.Name!;

    /// <summary>The model as a report names it: the URI asked for and the version whose profile is used.</summary>
    public MonitoredModel Monitored => new(Model.Uri, ModelName, Model.Version);

    /// <param name="uri">models:/NAME@ALIAS or models:/NAME/VERSION; a run URI is refused, naming <paramref name="what"/>.</param>
    public static async Task<MonitoringReference> LoadAsync(
        ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts, string uri, string what, CancellationToken ct = default)
    {
        var model = await new ModelLoader(tracking, registry, artifacts).ResolveAsync(uri, ct);
        if (model.Name is null)
        {
            throw MlopsException.Invalid($"{what} {ErrorText.Quote(uri)}: monitoring needs a registered model (models:/NAME@ALIAS or models:/NAME/VERSION), not a run");
        }
        var profile = await StoredReferenceProfile.ReadAsync(artifacts, model.ArtifactRoot, model.ArtifactPath, $"{model.Uri} ({model.Name} v{model.Version})", ct);
        return new MonitoringReference(model, profile);
    }
}
