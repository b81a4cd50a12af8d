

namespace Mlops.Training.Data;

/// <summary>A data row after validation: normalized values in output column order, and why it was quarantined if it was.</summary>
public sealed record ValidatedRow(int Row, int Line, string[] RawFields, string[] Values, string? QuarantineReason)
{
    public bool Quarantined => QuarantineReason is not null;
}
