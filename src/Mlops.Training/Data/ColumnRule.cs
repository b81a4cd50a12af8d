using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>
/// One output column's checks, compiled once from the schema and params.validation: where the column sits in the
/// header (-1 when absent), which values it allows, and the rule and policy each kind of bad cell falls under.
/// </summary>
internal sealed class ColumnRule
{
    private ColumnRule(string name, int headerIndex) => (Name, HeaderIndex) = (name, headerIndex);

    public string Name { get; }

    public int HeaderIndex { get; }

    public bool IsTarget { get; private init; }

    public bool IsNumeric { get; private init; }

    /// <summary>The categories (or target classes) in schema order; a cell's value is its index here.</summary>
    public string[] Allowed { get; private init; } = [];

    public double Min { get; private init; } = double.NegativeInfinity;

    public double Max { get; private init; } = double.PositiveInfinity;

    /// <summary>The rule and policy of an empty cell; null rule when an empty cell breaks nothing.</summary>
    public (string? Rule, string Policy) Missing { get; private init; }

    /// <summary>The rule and policy of a value that is not a number, not a category, or not a class.</summary>
    public (string Rule, string Policy) Unknown { get; private init; }

    public string OutOfRangePolicy { get; private init; } = ValidationPolicy.Fail;

    public static ColumnRule ForInput(string name, int headerIndex, ColumnSchema schema, ValidationParams policies) => new(name, headerIndex)
    {
        IsNumeric = schema.Type == "numeric",
        Allowed = schema.Type == "numeric" ? [] : [.. schema.Categories ?? []],
        Min = schema.Min ?? double.NegativeInfinity,
        Max = schema.Max ?? double.PositiveInfinity,
        Missing = (schema.Required ? DataRule.MissingValue : null, policies.MissingValue),
        Unknown = schema.Type == "numeric" ? (DataRule.NonNumeric, policies.NonNumeric) : (DataRule.UnknownCategory, policies.UnknownCategory),
        OutOfRangePolicy = policies.OutOfRange,
    };

    public static ColumnRule ForTarget(string name, int headerIndex, IReadOnlyList<string> classes, ValidationParams policies) => new(name, headerIndex)
    {
        IsTarget = true,
        Allowed = [.. classes],
        Missing = (DataRule.UnknownTarget, policies.UnknownTarget),
        Unknown = (DataRule.UnknownTarget, policies.UnknownTarget),
    };

    /// <summary>The index of <paramref name="raw"/> in <see cref="Allowed"/>: an exact match first, then ignoring case; -1 if none.</summary>
    public int Match(ReadOnlySpan<char> raw)
    {
        for (var i = 0; i < Allowed.Length; i++)
        {
            if (raw.Equals(Allowed[i], StringComparison.Ordinal))
            {
                return i;
            }
        }
        for (var i = 0; i < Allowed.Length; i++)
        {
            if (raw.Equals(Allowed[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
