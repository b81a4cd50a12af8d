namespace Mlops.Training.Configuration;

/// <summary>
/// One filter of evaluation.slices as written in params.yaml: either a test of one raw column (<see cref="Column"/> with
/// any of is, in, min, max, whole) or a combination (all, any, not) of other filters.
/// </summary>
public sealed class SliceFilterParams
{
    public string? Column { get; set; }
    /// <summary>The cell equals this value (numbers compared as numbers).</summary>
    public string? Is { get; set; }
    /// <summary>The cell equals one of these values.</summary>
    public List<string>? In { get; set; }
    /// <summary>Inclusive lower bound of a numeric cell.</summary>
    public double? Min { get; set; }
    /// <summary>Inclusive upper bound of a numeric cell.</summary>
    public double? Max { get; set; }
    /// <summary>true: the cell is a whole number; false: a number with a fraction.</summary>
    public bool? Whole { get; set; }
    public List<SliceFilterParams>? All { get; set; }
    public List<SliceFilterParams>? Any { get; set; }
    public SliceFilterParams? Not { get; set; }
}
