using System.Globalization;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>One point of a sweep: its 1-based number and the params.yaml assignments (dotted key, YAML value) it tries.</summary>
public sealed record SweepTrial(int Number, IReadOnlyList<KeyValuePair<string, string>> Assignments)
{
    /// <summary>`key=value` pairs, as `pipeline run --set` takes them.</summary>
    public IReadOnlyList<string> Overrides => Assignments.Select(a => $"{a.Key}={a.Value}").ToList();

    /// <summary>The child run's name, zero-padded to the width of the trial count so that names sort: trial-03 of 12.</summary>
    public string RunName(int trialCount)
    {
        var width = Math.Max(2, trialCount.ToString(CultureInfo.InvariantCulture).Length);
        return "trial-" + Number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }
}
