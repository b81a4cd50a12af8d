namespace Mlops.Training.Data;

/// <summary>A quarantined row: its 1-based data row number, its fields as read, and why.</summary>
internal sealed record QuarantinedRow(int Row, string[] RawFields, string Reason);
