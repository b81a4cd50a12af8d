using Mlops.Core.Hashing;
using Mlops.Inference.Models;
using Mlops.Inference.Scoring;

namespace Mlops.Training.Scoring;

/// <summary>
/// The train stage's compiled tree ensemble as a file next to the model zip (a declared out), tagged with the zip's
/// content hash. Evaluate and register read it instead of loading the zip back through ML.NET, which costs more than
/// everything else they do; a fresh process (`--stage register`) takes the same path as a full run. An empty file
/// means the model is not a tree ensemble.
/// </summary>
public static class CompiledModelFile
{
    /// <summary>Saves <paramref name="model"/> to <paramref name="zipPath"/> and, compiled while ML.NET writes the zip, its ensemble to <paramref name="compiledPath"/>.</summary>
    public static void Save(TrainedModel model, string zipPath, string compiledPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        var compiling = Task.Run(() => ModelScorer.TryCompile(model));
        model.Save(zipPath);
        using var compiled = compiling.GetAwaiter().GetResult();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(compiledPath))!);
        if (compiled is null || !compiled.TrySaveCompiled(compiledPath, ContentHash.OfFile(zipPath)))
        {
            File.WriteAllBytes(compiledPath, []);
        }
    }

    /// <summary>The compiled scorer when <paramref name="compiledPath"/> holds the ensemble of these zip bytes; otherwise the zip through ML.NET.</summary>
    public static ModelScorer Load(string zipPath, string? compiledPath, IReadOnlyList<string> classes, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var compiled = HasEnsemble(compiledPath)
            ? ModelScorer.TryLoadCompiled(compiledPath!, ContentHash.OfFile(zipPath), classes, featureCount)
            : null;
        return compiled ?? ModelScorer.Load(zipPath, classes);
    }

    /// <summary>True when the file exists and is not the empty marker of a model without an ensemble.</summary>
    public static bool HasEnsemble(string? compiledPath) =>
        compiledPath is not null && File.Exists(compiledPath) && new FileInfo(compiledPath).Length > 0;
}
