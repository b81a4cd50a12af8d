namespace Mlops.Training.Configuration;

/// <summary>
/// One filter of evaluation.slices as written in params.yaml: either a test of one raw column (<see cref="Column"/> with
/// any of is, in, min, max, whole) or a combination (all, any, not) of other filters.
/// </summary>
public sealed class SliceFilterParams
{
    public string? Column { get; init; }
    /// <summary>The cell equals this value (numbers compared as numbers).</summary>
    public string? Is { get; init; }
    /// <summary>The cell equals one of these values.</summary>
    public List<string>? In { get; init; }
    /// <summary>Inclusive lower bound of a numeric cell.</summary>
    public double? Min { get; init; }
    /// <summary>Inclusive upper bound of a numeric cell.</summary>
    public double? Max { get; init; }
    /// <summary>true: the cell is a whole number; false: a number with a fraction.</summary>
    public bool? Whole { get; init; }
    public List<SliceFilterParams>? All { get; init; }
    public List<SliceFilterParams>? Any { get; init; }
    public SliceFilterParams? Not { get; init; }
}
