using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Retraining;

/// <summary>data.raw through the preprocess stage's validation and the features stage's split (same seed and fractions): the original rows.</summary>
internal static class OriginalRows
{
    /// <param name="scratch">Where the preprocess outputs (clean, quarantine, quality report) are written.</param>
    public static (CleanRows Train, CleanRows HeldOut) Split(RetrainDataRequest request, string scratch)
    {
        var p = request.Params;
        var clean = Path.Combine(scratch, "clean.csv");
        Preprocessor.Run(p, Path.Combine(request.Workspace, p.Data.Raw), clean,
            Path.Combine(scratch, "quarantine.csv"), Path.Combine(scratch, "data_quality.json"));
        var rows = CleanRows.Read(p, clean);
        var split = DatasetSplitter.Split(rows.Labels, p.Split);
        return (rows.Take(split.Train), rows.Take(split.Test));
    }

    /// <summary>Raw CSV rows (schema columns, then the target) of <paramref name="rows"/>.</summary>
    public static IEnumerable<IReadOnlyList<string>> AsRaw(CleanRows rows) =>
        rows.Inputs.Select((inputs, i) => (IReadOnlyList<string>)[.. inputs, rows.Labels[i]]);
}
