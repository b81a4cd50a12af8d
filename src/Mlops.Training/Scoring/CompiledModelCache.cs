namespace Mlops.Training.Scoring;

/// <summary>
/// The compiled ensemble of the model zip this process last wrote, keyed by the zip's content hash. The train stage
/// fills it, so evaluate and register (same process, same bytes) score that model without loading it back through
/// ML.NET, which costs more than everything else those stages do. Content addressing keeps it exact: any other
/// bytes miss and take the normal load.
/// </summary>
internal static class CompiledModelCache
{
    private sealed record Entry(string ZipHash, CompiledTreeScorer Scorer, int FeatureCount, int ClassCount);

    // One slot: a long-lived process that trains repeatedly keeps only its latest model.
    private static volatile Entry? _latest;

    public static void Remember(string zipHash, CompiledTreeScorer scorer, int featureCount, int classCount) =>
        _latest = new Entry(zipHash, scorer, featureCount, classCount);

    public static CompiledTreeScorer? Find(string zipHash, int classCount, out int featureCount)
    {
        var entry = _latest;
        if (entry is not null && entry.ZipHash == zipHash && entry.ClassCount == classCount)
        {
            featureCount = entry.FeatureCount;
            return entry.Scorer;
        }
        featureCount = 0;
        return null;
    }
}
