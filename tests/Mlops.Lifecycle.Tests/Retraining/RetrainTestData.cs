using Mlops.Core.Hashing;
using Mlops.Lifecycle.Retraining;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>
/// Constructed tick data from the bundled rows (in place of the feedback-based builder): every fifth row the new
/// holdout, the next fifth the original held-out set, the rest training rows, optionally with the labels shuffled.
/// </summary>
public static class RetrainTestData
{
    public const string Raw = "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv";

    public static RetrainDataset Build(string workspace, string folder, bool shuffleLabels = false)
    {
        var lines = File.ReadAllLines(Path.Combine(workspace, Raw));
        var header = lines[0];
        var rows = lines.Skip(1).ToArray();
        var training = rows.Where((_, i) => i % 5 > 1).ToArray();
        if (shuffleLabels)
        {
            training = Shuffled(training);
        }
        Directory.CreateDirectory(folder);
        var paths = new[] { "training.csv", "holdout.csv", "original_held_out.csv", "quarantine.csv" }.Select(f => Path.Combine(folder, f)).ToArray();
        File.WriteAllLines(paths[0], [header, .. training]);
        var holdout = rows.Where((_, i) => i % 5 == 0).ToArray();
        var originalHeldOut = rows.Where((_, i) => i % 5 == 1).ToArray();
        File.WriteAllLines(paths[1], [header, .. holdout]);
        File.WriteAllLines(paths[2], [header, .. originalHeldOut]);
        File.WriteAllLines(paths[3], [header + ",reason"]);
        var counts = new Dictionary<string, long>
        {
            ["original"] = training.Length,
            ["feedback"] = 0,
            ["holdout"] = holdout.Length,
            ["original_held_out"] = originalHeldOut.Length,
            ["quarantined"] = 0,
        };
        var hash = ContentHash.OfText(ContentHash.OfFile(paths[0]) + ContentHash.OfFile(paths[1]));
        return new RetrainDataset(folder, paths[0], paths[1], paths[2], paths[3], hash, counts, 0.0, null);
    }

    /// <summary>The same rows with their last field (the target) permuted by a fixed seed: a model trained on them learns nothing.</summary>
    private static string[] Shuffled(string[] rows)
    {
        var labels = rows.Select(r => r[(r.LastIndexOf(',') + 1)..]).ToArray();
        new Random(42).Shuffle(labels);
        return rows.Select((r, i) => r[..(r.LastIndexOf(',') + 1)] + labels[i]).ToArray();
    }
}
