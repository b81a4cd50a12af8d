using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>An output column bound to its header position (-1 when absent) and its schema (null for the target; the target has no classes under regression).</summary>
internal sealed record ColumnSpec(string Name, int HeaderIndex, ColumnSchema? Schema, IReadOnlyList<string>? Classes)
{
    public bool IsTarget => Schema is null;

    public bool Required => Schema?.Required ?? true;
}
