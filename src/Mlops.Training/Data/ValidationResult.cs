

namespace Mlops.Training.Data;

/// <summary>The outcome of checking a table against the schema; <see cref="Columns"/> are the schema columns then the target if present.</summary>
public sealed record ValidationResult(
    string Source,
    IReadOnlyList<string> RawHeader,
    IReadOnlyList<string> Columns,
    bool HasTarget,
    IReadOnlyList<ValidatedRow> Rows,
    IReadOnlyList<DataViolation> Violations)
{
    public IEnumerable<DataViolation> Failures => Violations.Where(v => v.IsFailure);
}
