namespace Mlops.Training.Evaluation;

/// <summary>Permutation feature importance grouped by source column ("Color=red", "Color=blue" → Color).</summary>
public static class PermutationImportance
{
    /// <summary>The source column of a feature: the part before '=' for one-hot columns, else the name itself.</summary>
    public static string SourceOf(string featureName)
    {
        var eq = featureName.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? featureName : featureName[..eq];
    }

    /// <summary>Sorted by mean importance, largest first (ties by source name).</summary>
    public static IReadOnlyList<FeatureImportance> Compute(
        IReadOnlyList<string> featureNames,
        float[] features,
        IReadOnlyList<int> truth,
        BatchPredictor predict,
        int repeats,
        int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var width = featureNames.Count;
        var rows = truth.Count;
        var predicted = new int[rows];
        predict(features, rows, predicted);
        var baseline = Accuracy(truth, predicted);

        var random = new Random(seed);
        var permuted = new float[features.Length];
        var order = Enumerable.Range(0, rows).ToArray();
        var result = new List<FeatureImportance>();
        foreach (var group in Enumerable.Range(0, width).GroupBy(c => SourceOf(featureNames[c])))
        {
            var columns = group.ToArray();
            var drops = new double[repeats];
            for (var rep = 0; rep < repeats; rep++)
            {
                random.Shuffle(order);
                features.CopyTo(permuted, 0);
                for (var r = 0; r < rows; r++)
                {
                    foreach (var c in columns)
                    {
                        permuted[(r * width) + c] = features[(order[r] * width) + c];
                    }
                }

                predict(permuted, rows, predicted);
                drops[rep] = baseline - Accuracy(truth, predicted);
            }

            var mean = drops.Average();
            var std = Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / repeats);
            result.Add(new FeatureImportance(group.Key, [.. columns.Select(c => featureNames[c])], mean, std));
        }

        return [.. result.OrderByDescending(f => f.Mean).ThenBy(f => f.Source, StringComparer.Ordinal)];
    }

    private static double Accuracy(IReadOnlyList<int> truth, int[] predicted)
    {
        var hits = 0;
        for (var r = 0; r < truth.Count; r++)
        {
            hits += truth[r] == predicted[r] ? 1 : 0;
        }

        return truth.Count == 0 ? 0 : (double)hits / truth.Count;
    }
}
