using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Hashing;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Inference.Features;
using Mlops.Inference.Packaging;
using Mlops.Inference.Scoring;

namespace Mlops.Inference.Loading;

/// <summary>Resolves a model URI through the registry (any backend) and loads the version's transform and model.</summary>
public sealed class ModelLoader(ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts, TimeProvider? time = null)
{
    public async Task<ResolvedModel> ResolveAsync(string uri, CancellationToken ct = default)
    {
        var parsed = ModelUri.Parse(uri);
        if (parsed.RunId is { } runId)
        {
            var run = await tracking.GetRunAsync(runId, ct);
            return new ResolvedModel(uri, null, null, null, null, runId, run.Info.ArtifactUri, parsed.RunPath!);
        }
        var version = await ModelUriResolver.ResolveAsync(registry, parsed, ct)
            ?? throw MlopsException.NotFound($"Model URI '{uri}' names no model version.");
        var (root, path) = await LocateAsync(version, ct);
        return new ResolvedModel(uri, version.Name, version.Version, parsed.Alias, version.Stage.ToString(), version.RunId, root, path);
    }

    public async Task<LoadedModel> LoadAsync(string uri, CancellationToken ct = default) => await LoadAsync(await ResolveAsync(uri, ct), ct);

    public async Task<LoadedModel> LoadAsync(ResolvedModel model, CancellationToken ct = default)
    {
        // A local store's package is read where it is; others are downloaded to a private folder first.
        var inPlace = artifacts.TryGetLocalPath(model.ArtifactRoot, model.ArtifactPath);
        var local = inPlace is null ? Path.Combine(Path.GetTempPath(), "mlops-models", Guid.NewGuid().ToString("N")) : null;
        try
        {
            var folder = inPlace ?? await artifacts.DownloadAsync(model.ArtifactRoot, model.ArtifactPath, local!, ct);
            var modelFile = Path.Combine(folder, ModelPackage.ModelFile);
            var transformFile = Path.Combine(folder, ModelPackage.TransformFile);
            if (!File.Exists(modelFile) || !File.Exists(transformFile))
            {
                throw MlopsException.Invalid(
                    $"Model '{model.Uri}' at {model.ArtifactRoot}/{model.ArtifactPath} lacks {ModelPackage.ModelFile} or {ModelPackage.TransformFile}.");
            }
            var transform = FeatureTransform.Load(transformFile);
            var scorer = LoadScorer(folder, modelFile, transform);
            return new LoadedModel(model, transform, scorer, (time ?? TimeProvider.System).GetUtcNow(), ModelMetadata.Read(folder));
        }
        finally
        {
            if (local is not null && Directory.Exists(local))
            {
                Directory.Delete(local, recursive: true);
            }
        }
    }

    /// <summary>
    /// The compiled trees when the package has them and they were compiled from this very zip: no ML.NET load, which is
    /// most of a server's start-up. Otherwise (other trainers, older packages, any mismatch) the zip through ML.NET.
    /// </summary>
    private static ModelScorer LoadScorer(string folder, string modelFile, FeatureTransform transform)
    {
        var trees = Path.Combine(folder, ModelPackage.CompiledTreesFile);
        var compiled = File.Exists(trees)
            ? ModelScorer.TryLoadCompiled(trees, ContentHash.OfFile(modelFile), transform.Classes, transform.FeatureCount)
            : null;
        return compiled ?? ModelScorer.Load(modelFile, transform.Classes);
    }

    /// <summary>Splits a version's source into its run's artifact root and the path below it.</summary>
    private async Task<(string Root, string Path)> LocateAsync(ModelVersion version, CancellationToken ct)
    {
        if (version.RunId is not null)
        {
            var run = await tracking.GetRunAsync(version.RunId, ct);
            var root = run.Info.ArtifactUri.TrimEnd('/');
            if (version.Source.StartsWith(root + "/", StringComparison.Ordinal))
            {
                return (root, version.Source[(root.Length + 1)..]);
            }
        }
        var slash = version.Source.TrimEnd('/').LastIndexOf('/');
        return slash > 0
            ? (version.Source[..slash], version.Source[(slash + 1)..])
            : throw MlopsException.Invalid($"Model version {version.Name} v{version.Version} has an unusable source '{version.Source}'.");
    }
}
