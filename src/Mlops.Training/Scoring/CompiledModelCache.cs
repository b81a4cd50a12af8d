using Mlops.Core.Hashing;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;

namespace Mlops.Training.Scoring;

/// <summary>
/// The compiled ensemble of the model zip this process last wrote, keyed by the zip's content hash. The train stage
/// fills it, so evaluate and register (same process, same bytes) score that model without loading it back through
/// ML.NET, which costs more than everything else those stages do. Content addressing keeps it exact: any other
/// bytes miss and take the normal load. Training only: the inference path (Mlops.Inference) never reads it.
/// </summary>
public static class CompiledModelCache
{
    private sealed record Entry(string ZipHash, ModelScorer Scorer);

    // One slot: a long-lived process that trains repeatedly keeps only its latest model.
    private static volatile Entry? _latest;

    /// <summary>The remembered compiled scorer when <paramref name="zipPath"/> holds the bytes last saved, else a normal load.</summary>
    /// <remarks>Disposing a compiled scorer releases nothing, so a caller's <c>using</c> leaves the cached one usable.</remarks>
    public static ModelScorer Load(string zipPath, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var entry = _latest;
        if (entry is not null && File.Exists(zipPath) && entry.Scorer.Classes.SequenceEqual(classes, StringComparer.Ordinal)
            && entry.ZipHash == ContentHash.OfFile(zipPath))
        {
            return entry.Scorer;
        }
        return ModelScorer.Load(zipPath, classes);
    }

    /// <summary>Saves <paramref name="model"/> and, while ML.NET writes the zip, compiles the ensemble for later loads of those bytes.</summary>
    public static void SaveAndRemember(TrainedModel model, string zipPath)
    {
        var compiling = Task.Run(() => ModelScorer.TryCompile(model));
        model.Save(zipPath);
        if (compiling.GetAwaiter().GetResult() is { } compiled)
        {
            _latest = new Entry(ContentHash.OfFile(zipPath), compiled);
        }
    }
}
