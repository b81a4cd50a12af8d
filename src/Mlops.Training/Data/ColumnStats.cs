

namespace Mlops.Training.Data;

/// <summary>Statistics of one output column: min/max/mean for numeric columns, value counts for categorical ones.</summary>
public sealed record ColumnStats(
    string Type,
    int Missing,
    double? Min = null,
    double? Max = null,
    double? Mean = null,
    IReadOnlyDictionary<string, int>? Counts = null);
