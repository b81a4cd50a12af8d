namespace Mlops.Monitoring.Simulation;

public enum ColumnShiftKind
{
    /// <summary>value + amount</summary>
    Offset,

    /// <summary>value × amount</summary>
    Scale,

    /// <summary>With probability amount, the category is replaced by another one, drawn uniformly.</summary>
    Flip,
}
