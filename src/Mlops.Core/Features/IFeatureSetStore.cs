namespace Mlops.Core.Features;

/// <summary>
/// Versions of named feature sets and the model versions trained on them: an optional store capability, kept by the
/// SQLite and PostgreSQL stores (the MLflow REST store has no place for it).
/// </summary>
public interface IFeatureSetStore
{
    /// <summary>
    /// Records <paramref name="draft"/> as the next version of its name, or returns the existing version with the same
    /// transform hash, source data hash and columns (names and kinds).
    /// </summary>
    Task<FeatureSetRecording> RecordAsync(FeatureSetDraft draft, CancellationToken ct = default);

    /// <summary>The latest version of every feature set, by name.</summary>
    Task<IReadOnlyList<FeatureSetVersion>> ListLatestAsync(CancellationToken ct = default);

    /// <summary>The version <paramref name="reference"/> names (the latest without a version), or null when there is none.</summary>
    Task<FeatureSetVersion?> FindAsync(FeatureSetReference reference, CancellationToken ct = default);

    /// <summary>Records that a model version was trained on the feature set version; linking twice changes nothing.</summary>
    Task LinkModelVersionAsync(FeatureSetReference featureSet, FeatureSetModelLink model, CancellationToken ct = default);
}
