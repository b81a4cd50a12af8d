namespace Mlops.Monitoring.Profiles;

/// <summary>A repeatable choice of rows: the same count, size and seed always pick the same rows.</summary>
internal static class SeededSample
{
    /// <summary>Ascending indices of <paramref name="size"/> distinct rows out of <paramref name="count"/>; null when every row is kept.</summary>
    public static int[]? Indices(int count, int size, int seed)
    {
        if (count <= size)
        {
            return null;
        }
        var all = new int[count];
        for (var i = 0; i < count; i++)
        {
            all[i] = i;
        }
        // A partial Fisher–Yates shuffle: only the first `size` places are drawn.
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, count);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..size];
        Array.Sort(chosen);
        return chosen;
    }
}
