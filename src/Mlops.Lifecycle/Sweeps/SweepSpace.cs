using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>Turns `--grid key=v1,v2` options into their cartesian product, or draws `--random N` trials from `sweep.space`.</summary>
public static class SweepSpace
{
    /// <summary>Every combination, the first key varying slowest, numbered from 1.</summary>
    public static IReadOnlyList<SweepTrial> Grid(IReadOnlyList<string> options, int maxTrials)
    {
        var axes = new List<(string Key, string[] Values)>();
        foreach (var option in options)
        {
            var equals = option.IndexOf('=');
            var key = equals > 0 ? option[..equals].Trim() : "";
            var values = equals > 0 ? option[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries) : [];
            if (key.Length == 0 || values.Length == 0 || values.Any(v => v.Length == 0))
            {
                throw MlopsException.Invalid($"--grid '{option}': expected KEY=V1,V2,... with no empty value, e.g. model.lightgbm.num_leaves=15,31,63");
            }
            EnsureSweptKey(key, $"--grid {key}");
            if (axes.Any(a => a.Key == key))
            {
                throw MlopsException.Invalid($"--grid {key} is given twice; list every value in one --grid");
            }
            axes.Add((key, values.Distinct(StringComparer.Ordinal).ToArray()));
        }
        if (axes.Count == 0)
        {
            throw MlopsException.Invalid("a grid sweep needs at least one --grid KEY=V1,V2");
        }
        var count = axes.Aggregate(1L, (n, a) => n * a.Values.Length);
        EnsureAtMost(count, maxTrials, $"the grid has {count} combinations");
        IEnumerable<List<KeyValuePair<string, string>>> combos = [[]];
        foreach (var (key, values) in axes)
        {
            combos = combos.SelectMany(c => values.Select(v => new List<KeyValuePair<string, string>>(c) { new(key, v) }));
        }
        return combos.Select((c, i) => new SweepTrial(i + 1, c)).ToList();
    }

    /// <summary>N trials, each key of <see cref="SweepParams.Space"/> drawn independently with a generator seeded by <paramref name="seed"/>.</summary>
    public static IReadOnlyList<SweepTrial> Random(SweepParams sweep, int trials, int seed)
    {
        if (trials < 1)
        {
            throw MlopsException.Invalid($"--random must be at least 1, got {trials}");
        }
        if (sweep.Space.Count == 0)
        {
            throw MlopsException.Invalid("--random draws from sweep.space in params.yaml, which declares no key; add e.g. model.lightgbm.num_leaves: { min: 4, max: 64, integer: true }");
        }
        EnsureAtMost(trials, sweep.MaxTrials, $"--random {trials}");
        var random = new Random(seed);
        // Keys in ordinal order, so the draws do not depend on how params.yaml orders them.
        var keys = sweep.Space.Keys.Order(StringComparer.Ordinal).ToList();
        return Enumerable.Range(1, trials)
            .Select(n => new SweepTrial(n, keys.Select(k => new KeyValuePair<string, string>(k, Draw(sweep.Space[k], random))).ToList()))
            .ToList();
    }

    private static string Draw(SweepRangeParams range, Random random)
    {
        if (range.Values is { Count: > 0 } values)
        {
            return values[random.Next(values.Count)];
        }
        double min = range.Min!.Value, max = range.Max!.Value;
        if (range.Integer)
        {
            var drawn = range.Log
                ? Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max + 1) - Math.Log(min))))
                : min + (random.NextDouble() * (max - min + 1));
            return Math.Min(max, Math.Floor(drawn)).ToString("R", CultureInfo.InvariantCulture);
        }
        var value = range.Log ? Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min)))) : min + (random.NextDouble() * (max - min));
        // Six significant digits: a table (and a params value) a reader can compare at a glance.
        return double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    private static void EnsureSweptKey(string key, string what)
    {
        if (!key.StartsWith(SweepParams.SweptSection, StringComparison.Ordinal))
        {
            throw MlopsException.Invalid(
                $"{what}: a sweep varies only keys under {SweepParams.SweptSection} (each trial re-fits the model on the features stage's table); " +
                "compare feature or split settings with `pipeline run --set`");
        }
    }

    private static void EnsureAtMost(long count, int maxTrials, string what)
    {
        if (count > maxTrials)
        {
            throw MlopsException.Invalid($"{what}, more than sweep.max_trials ({maxTrials}); narrow it or raise sweep.max_trials");
        }
    }
}
