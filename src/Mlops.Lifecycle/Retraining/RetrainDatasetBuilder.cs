using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Hashing;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Builds the rows of one retrain (<see cref="RetrainDataset"/>) per continuous_training.data: the original training
/// rows (original+feedback), the labelled predictions minus the newest holdout_fraction of them, that holdout, the
/// original held-out rows, and the quarantined labelled rows. The same inputs give byte-identical files.
/// </summary>
public static class RetrainDatasetBuilder
{
    public static async Task<RetrainDataset> BuildAsync(RetrainDataRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Params;
        var data = p.ContinuousTraining.Data;
        var feedback = await FeedbackRows.ReadAsync(request, ct);
        var holdoutCount = data.HoldoutRowsOf(feedback.Usable.Count);
        if (holdoutCount < data.MinHoldoutRows)
        {
            throw new MlopsException(ErrorCode.InvalidState,
                $"retrain data for {request.ModelName}: {feedback.Read} labelled predictions{Since(request)}, {feedback.Quarantined.Count} quarantined, "
                + $"leave {feedback.Usable.Count} usable and {holdoutCount} holdout rows (continuous_training.data.holdout_fraction "
                + $"{data.HoldoutFraction.ToString("R", CultureInfo.InvariantCulture)}), fewer than min_holdout_rows {data.MinHoldoutRows}: no retrain starts");
        }
        Directory.CreateDirectory(request.OutputDirectory);
        var (originalTrain, originalHeldOut) = OriginalRows.Split(request, Path.Combine(request.OutputDirectory, "original"));
        var useOriginal = data.Rows == RetrainDataParams.OriginalPlusFeedback;
        var fedTrain = feedback.Usable.Take(feedback.Usable.Count - holdoutCount).ToList();
        var holdout = feedback.Usable.Skip(feedback.Usable.Count - holdoutCount).ToList();

        string[] header = [.. p.Schema.Columns.Keys, p.Data.Target];
        var training = (useOriginal ? OriginalRows.AsRaw(originalTrain) : []).Concat(fedTrain).ToList();
        var paths = new Paths(request.OutputDirectory);
        CsvWriter.WriteFile(paths.Training, header, training);
        CsvWriter.WriteFile(paths.Holdout, header, holdout);
        CsvWriter.WriteFile(paths.OriginalHeldOut, header, OriginalRows.AsRaw(originalHeldOut));
        CsvWriter.WriteFile(paths.Quarantine, [.. FeedbackRows.QuarantinePrefix, .. header, "row", "reason"], feedback.Quarantined);

        var inputs = header.Length - 1;
        var leakage = HoldoutLeakage.Share(p, [.. training.Select(r => r.Take(inputs).ToArray())], [.. holdout.Select(r => r[..inputs])]);
        var rows = new Dictionary<string, long>
        {
            ["original"] = useOriginal ? originalTrain.Inputs.Count : 0,
            ["feedback"] = fedTrain.Count,
            ["holdout"] = holdout.Count,
            ["original_held_out"] = originalHeldOut.Inputs.Count,
            ["quarantined"] = feedback.Quarantined.Count,
        };
        // One hash over both files, in a fixed order, so a change to either is a new dataset version.
        var hash = ContentHash.OfText($"{TrainingFile}:{ContentHash.OfFile(paths.Training)}\n{HoldoutFile}:{ContentHash.OfFile(paths.Holdout)}\n");
        return new RetrainDataset(request.OutputDirectory, paths.Training, paths.Holdout, paths.OriginalHeldOut, paths.Quarantine,
            hash, rows, leakage, WeightColumn: null);
    }

    private static string Since(RetrainDataRequest request) =>
        request.Since is { } s ? $" since {s.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}" : "";

    /// <summary>What the candidate may train on.</summary>
    public const string TrainingFile = "training.csv";

    /// <summary>The newest labelled predictions, never trained on.</summary>
    public const string HoldoutFile = "holdout.csv";

    /// <summary>data.raw's held-out rows as the pipeline splits them.</summary>
    public const string OriginalHeldOutFile = "original_held_out.csv";

    /// <summary>Labelled predictions that failed validation, with the reason.</summary>
    public const string QuarantineFile = "quarantine.csv";

    private sealed record Paths(string Directory)
    {
        public string Training => Path.Combine(Directory, TrainingFile);
        public string Holdout => Path.Combine(Directory, HoldoutFile);
        public string OriginalHeldOut => Path.Combine(Directory, OriginalHeldOutFile);
        public string Quarantine => Path.Combine(Directory, QuarantineFile);
    }
}
