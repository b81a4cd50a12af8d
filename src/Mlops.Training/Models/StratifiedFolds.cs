
namespace Mlops.Training.Models;

/// <summary>Assigns each row a fold so that every fold holds about the same share of every class.</summary>
public static class StratifiedFolds
{
    public static int[] Assign(IReadOnlyList<int> labels, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var result = new int[labels.Count];
        var offset = 0;
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            random.Shuffle(rows);
            for (var i = 0; i < rows.Length; i++)
            {
                // The running offset keeps small classes from all landing in fold 0.
                result[rows[i]] = (offset + i) % folds;
            }

            offset += rows.Length;
        }

        return result;
    }
}
