namespace Mlops.Monitoring.Drift;

/// <summary>How a column's values are compared: as numbers or as category labels.</summary>
public enum ColumnKind
{
    Numeric,
    Categorical,
}
