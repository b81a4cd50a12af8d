using Mlops.Core.Features;
using Mlops.Core.Hashing;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Stages;

/// <summary>
/// Records what the features stage materialized as a version of the feature set params.yaml names (features.set), and
/// links a registered model version to it. A store without feature sets (an MLflow server) skips both with a note:
/// the pipeline never fails for it.
/// </summary>
public static class FeatureSetRecorder
{
    public static async Task<FeatureSetRecording?> RecordAsync(PipelineSession session, FeatureStageResult result, string cleanCsv,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(result);
        var run = await session.EnsureRunAsync(ct);
        if (session.FeatureSets is not { } store)
        {
            session.OnWarning?.Invoke($"this store does not keep feature sets: feature set '{session.Params.Features.Set}' was not recorded");
            return null;
        }
        var draft = new FeatureSetDraft(session.Params.Features.Set, result.Columns, result.TransformHash, ContentHash.OfFile(cleanCsv),
            result.TrainRows, result.TestRows, run.RunId);
        return await store.RecordAsync(draft, ct);
    }

    /// <summary>
    /// The version the model of <paramref name="transformHash"/> was trained on: this run's, else the set's latest when it
    /// has that transform (a rerun of register alone); null when the store keeps none or none matches.
    /// </summary>
    public static async Task<FeatureSetVersion?> FindTrainedOnAsync(PipelineSession session, string transformHash, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        if ((await session.FeatureSetRecordedAsync())?.Version is { } recorded && recorded.TransformHash == transformHash)
        {
            return recorded;
        }
        if (session.FeatureSets is not { } store)
        {
            return null;
        }
        var latest = await store.FindAsync(new FeatureSetReference(session.Params.Features.Set, null), ct);
        return latest?.TransformHash == transformHash ? latest : null;
    }
}
