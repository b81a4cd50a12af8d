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
        var test = new List<int>();
        IEnumerable<int[]> groups = split.Stratified
            ? labels.Select((label, index) => (label, index))
                .GroupBy(x => x.label, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Select(x => x.index).ToArray())
            : [Enumerable.Range(0, labels.Count).ToArray()];
        foreach (var group in groups)
        {
            random.Shuffle(group);
            var testCount = (int)Math.Round(group.Length * split.TestFraction, MidpointRounding.AwayFromZero);
            test.AddRange(group.Take(testCount));
        }
        var isTest = new bool[labels.Count];
        foreach (var index in test)
        {
            isTest[index] = true;
        }
        var trainIndices = Enumerable.Range(0, labels.Count).Where(i => !isTest[i]).ToArray();
        var testIndices = Enumerable.Range(0, labels.Count).Where(i => isTest[i]).ToArray();
        return new DatasetSplit(trainIndices, testIndices);
    }
}
