using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>Deterministic train/test split: stratified per class or plain random, driven by split.seed.</summary>
public static class DatasetSplitter
{
    /// <summary>
    /// Splits rows by their labels. Stratified: each class (in ordinal name order) is shuffled with one
    /// <c>new Random(seed)</c> and gives round(count × test_fraction) rows to test, rounding half away from zero.
    /// </summary>
    public static DatasetSplit Split(IReadOnlyList<string> labels, SplitParams split)
    {
        var random = new Random(split.Seed);
        var isTest = new bool[labels.Count];
        var testCount = 0;
        foreach (var group in split.Stratified ? ByClass(labels) : [Rows(labels.Count)])
        {
            random.Shuffle(group);
            var take = (int)Math.Round(group.Length * split.TestFraction, MidpointRounding.AwayFromZero);
            foreach (var row in group.AsSpan(0, take))
            {
                isTest[row] = true;
            }
            testCount += take;
        }
        var train = new int[labels.Count - testCount];
        var test = new int[testCount];
        var (t, s) = (0, 0);
        for (var row = 0; row < isTest.Length; row++)
        {
            if (isTest[row])
            {
                test[s++] = row;
            }
            else
            {
                train[t++] = row;
            }
        }
        return new DatasetSplit(train, test);
    }

    /// <summary>Each class's row indices in row order, the classes in ordinal name order. Plain loops rather than LINQ over
    /// tuples: generic code over value types is JIT-compiled at every cold start, not precompiled.</summary>
    private static List<int[]> ByClass(IReadOnlyList<string> labels)
    {
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            if (!rows.TryGetValue(labels[i], out var list))
            {
                rows[labels[i]] = list = [];
            }
            list.Add(i);
        }
        var names = rows.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return [.. names.Select(n => rows[n].ToArray())];
    }

    private static int[] Rows(int count)
    {
        var rows = new int[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = i;
        }
        return rows;
    }
}
