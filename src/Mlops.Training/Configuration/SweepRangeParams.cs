namespace Mlops.Training.Configuration;

/// <summary>One key of `sweep.space`: either `values` (drawn uniformly) or `min`/`max` (uniform, or log-uniform with `log`).</summary>
public sealed class SweepRangeParams
{
    public List<string>? Values { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    /// <summary>Draw log-uniformly (both bounds must be > 0), for rates and regularization.</summary>
    public bool Log { get; init; }
    /// <summary>Draw whole numbers in [min, max], for counts such as num_leaves.</summary>
    public bool Integer { get; init; }
}
