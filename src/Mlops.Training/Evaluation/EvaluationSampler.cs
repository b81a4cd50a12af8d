namespace Mlops.Training.Evaluation;

/// <summary>
/// Bounds the evaluation's cost on a large test table: a sample of exactly max_rows rows, stratified by class so every
/// class keeps its share (largest-remainder rounding), drawn with a seeded shuffle per class.
/// </summary>
public static class EvaluationSampler
{
    /// <param name="truth">The class index of each test row.</param>
    public static EvaluationSample Draw(IReadOnlyList<int> truth, int classCount, int maxRows, int seed)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        if (maxRows == 0 || truth.Count <= maxRows)
        {
            return new EvaluationSample(truth.Count, maxRows, seed, null);
        }

        var byClass = Enumerable.Range(0, classCount).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < truth.Count; r++)
        {
            byClass[truth[r]].Add(r);
        }

        var quotas = Quotas([.. byClass.Select(c => c.Count)], truth.Count, maxRows);
        var random = new Random(seed);
        var rows = new List<int>(maxRows);
        for (var c = 0; c < classCount; c++)
        {
            var members = byClass[c].ToArray();
            random.Shuffle(members);
            rows.AddRange(members.Take(quotas[c]));
        }

        rows.Sort();
        return new EvaluationSample(truth.Count, maxRows, seed, [.. rows]);
    }

    // floor(count × maxRows / total) per class, then one more row to the classes with the largest remainders (ties:
    // the lower class index) until the quotas sum to maxRows; a quota never exceeds its class.
    private static int[] Quotas(int[] counts, int total, int maxRows)
    {
        var quotas = counts.Select(n => (int)((long)n * maxRows / total)).ToArray();
        var remainders = counts.Select((n, c) => (Remainder: (long)n * maxRows % total, Class: c))
            .OrderByDescending(x => x.Remainder).ThenBy(x => x.Class).ToArray();
        var missing = maxRows - quotas.Sum();
        for (var i = 0; i < missing; i++)
        {
            quotas[remainders[i].Class]++;
        }

        return quotas;
    }
}
