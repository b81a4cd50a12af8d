using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Inference.Features;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;

namespace Mlops.Cli.Commands.Feedback;

/// <summary>
/// The classes of the registered version that made a prediction, read from its package's feature transform (not the
/// scorer: no model load). A version that is gone from the registry falls back to the classes logged with the prediction,
/// which came from that version's signature when it was served.
/// </summary>
internal sealed class PackageClasses(Stores stores)
{
    private readonly ModelLoader loader = new(stores.Tracking, stores.Registry, stores.Artifacts);

    public async ValueTask<IReadOnlyCollection<string>?> ResolveAsync(PredictionOrigin origin, CancellationToken ct)
    {
        var uri = origin.ModelName is { } name && origin.ModelVersion is { } version ? $"models:/{name}/{version}" : origin.ModelUri;
        ResolvedModel model;
        try
        {
            model = await loader.ResolveAsync(uri, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return origin.LoggedClasses;
        }
        return await ReadClassesAsync(model, ct);
    }

    private async Task<IReadOnlyCollection<string>> ReadClassesAsync(ResolvedModel model, CancellationToken ct)
    {
        var transformPath = $"{model.ArtifactPath}/{ModelPackage.TransformFile}";
        if (stores.Artifacts.TryGetLocalPath(model.ArtifactRoot, transformPath) is { } local)
        {
            return [.. FeatureTransform.Load(local).Classes];
        }
        var folder = Path.Combine(Path.GetTempPath(), "mlops-feedback", Guid.NewGuid().ToString("N"));
        try
        {
            var downloaded = await stores.Artifacts.DownloadAsync(model.ArtifactRoot, transformPath, folder, ct);
            return [.. FeatureTransform.Load(downloaded).Classes];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
