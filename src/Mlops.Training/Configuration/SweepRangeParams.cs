namespace Mlops.Training.Configuration;

/// <summary>One key of `sweep.space`: either `values` (drawn uniformly) or `min`/`max` (uniform, or log-uniform with `log`).</summary>
public sealed class SweepRangeParams
{
    public List<string>? Values { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    /// <summary>Draw log-uniformly (both bounds must be > 0), for rates and regularization.</summary>
    public bool Log { get; set; }
    /// <summary>Draw whole numbers in [min, max], for counts such as num_leaves.</summary>
    public bool Integer { get; set; }
}
