namespace Mlops.Cli.Commands.Runs;

/// <summary>One key of two runs' params or metrics: its value in each (null where a run lacks it).</summary>
public sealed record KeyDiff<T>(string Key, T A, T B)
{
    /// <summary>Every key of either side, in ordinal order; with <paramref name="all"/> false only those whose values are not the same.</summary>
    public static IReadOnlyList<KeyDiff<T>> Between(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b, bool all,
        Func<T, T, bool> same) =>
        [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => new KeyDiff<T>(k, a.GetValueOrDefault(k)!, b.GetValueOrDefault(k)!))
            .Where(r => all || !same(r.A, r.B))];
}
