using Mlops.Core.Errors;
using Mlops.Core.Features;

namespace Mlops.Cli.Commands.Features;

/// <summary>The `mlops features` verbs' access to the store's feature sets: a store without them (an MLflow server) is an error.</summary>
internal static class FeatureSetLookup
{
    public static IFeatureSetStore Of(Stores stores) => stores.FeatureSets ?? throw MlopsException.Invalid(
        $"Tracking URI '{stores.Uri}': this store does not keep feature sets; the pipeline records them in a SQLite or PostgreSQL " +
        "store (--tracking-uri sqlite:///PATH or postgresql://USER@HOST:PORT/DB).");

    /// <summary>The version <paramref name="text"/> (NAME or NAME:VERSION) names; not found names it and the known sets.</summary>
    public static async Task<FeatureSetVersion> FindAsync(Stores stores, string text, CancellationToken cancellationToken)
    {
        var featureSets = Of(stores);
        var reference = FeatureSetReference.Parse(text);
        if (await featureSets.FindAsync(reference, cancellationToken) is { } found)
        {
            return found;
        }
        var known = await featureSets.ListLatestAsync(cancellationToken);
        var listed = known.Count == 0 ? "none is recorded yet (`mlops pipeline run` records one)"
            : "known: " + string.Join(", ", known.Select(k => $"{k.Name} (versions 1-{k.Version})"));
        throw MlopsException.NotFound($"Feature set '{reference}' does not exist; {listed}.");
    }
}
